/** Shared set-up for the compute tests: tfjs-core with gradients, on the cpu backend. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { expect } from 'vitest';

export { tf };

export async function useCpu(): Promise<void> {
  if (tf.getBackend() !== 'cpu') {
    expect(await tf.setBackend('cpu')).toBe(true);
  }
  await tf.ready();
}

/** Runs fn, lets `release` free what the caller owns, and asserts the tensor count is back where it was. */
export async function expectNoLeak<T>(fn: () => T | Promise<T>, release: (r: T) => void = () => {}): Promise<T> {
  const before = tf.memory().numTensors;
  const r = await fn();
  release(r);
  expect(tf.memory().numTensors).toBe(before);
  return r;
}

/** Max |a − b| over two arrays of equal length (asserts equal lengths). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

export function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  const d = maxAbsDiff(a, b);
  if (!(d <= tol)) throw new Error(`max |a − b| = ${d} > ${tol}\n a=${Array.from(a).slice(0, 8)}\n b=${Array.from(b).slice(0, 8)}`);
}

/** Row-major plain-JS matrix helpers, float64: the independent references. */
export type Mat = number[][];
export const matmul = (a: Mat, b: Mat): Mat =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
export const transpose = (a: Mat): Mat => a[0].map((_, j) => a.map((r) => r[j]));
export const softmaxRow = (r: number[]): number[] => {
  const mx = Math.max(...r);
  const e = r.map((v) => Math.exp(v - mx));
  const s = e.reduce((x, y) => x + y, 0);
  return e.map((v) => v / s);
};
export const flat = (a: Mat): number[] => a.flat();
export const randMat = (rnd: () => number, n: number, m: number, scale = 1): Mat =>
  Array.from({ length: n }, () => Array.from({ length: m }, () => (rnd() * 2 - 1) * scale));
