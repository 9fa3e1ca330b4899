/**
 * A bounded series for live charts (loss against step or epoch): appending is cheap and a long run
 * stays cheap to draw. A point at the same x as the last one replaces it; when the series is full,
 * every second point is dropped (the latest always kept), so the whole run stays visible at half
 * the resolution.
 */
export function appendBounded<P>(series: readonly P[], point: P, xOf: (p: P) => number, max = 400): P[] {
  const last = series[series.length - 1];
  const next = last !== undefined && xOf(last) === xOf(point) ? series.slice(0, -1) : series.slice();
  next.push(point);
  return next.length <= max ? next : next.filter((_, i) => i % 2 === 1 || i === next.length - 1);
}
