'use client';

/** Not built yet: this demo's view is being written. */
export default function NotBuilt(): never {
  throw new Error('这个演示尚未完成');
}
