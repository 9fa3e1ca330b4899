/** `p`, or `fallback` if `p` has not settled after `ms` milliseconds (a hung GPU or download must not hang the page). */
export async function orAfter<T, U>(p: Promise<T>, ms: number, fallback: U): Promise<T | U> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<U>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
