/** Axes for the demos' charts: round tick values, linear or by decades. */

/** Round numbers for an axis from 0 to about `max`: the step and the top (a multiple of it). */
export function axisTicks(max: number, count = 5): { step: number; top: number; ticks: number[] } {
  const raw = Math.max(max, 1e-9) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const top = Math.ceil(max / step - 1e-9) * step || step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => +(i * step).toPrecision(12));
  return { step, top, ticks };
}

/** Round ticks covering [min, max] (either sign): the rounded ends and the ticks between. */
export function niceRange(min: number, max: number, count = 4): { lo: number; hi: number; ticks: number[] } {
  if (!(max > min)) [min, max] = [min - 0.5, max + 0.5];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks = Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => +(lo + i * step).toPrecision(12));
  return { lo, hi, ticks };
}

/** Whole decades covering [min, max] (both > 0), as exponents: 0.03…2 → lo −2, hi 1, ticks −2…1. */
export function decadeRange(min: number, max: number): { lo: number; hi: number; ticks: number[] } {
  const lo = Math.floor(Math.log10(min) + 1e-9);
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max) - 1e-9));
  const every = Math.ceil((hi - lo) / 6);
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += every) ticks.push(e);
  return { lo, hi, ticks };
}

/**
 * Whether a loss axis should go by decades: only when no value is negative, some is positive, and
 * the positive ones span more than `minRatio` (exact zeros are left out of a log axis; non-finite
 * values are ignored).
 */
export function wantsLogScale(values: readonly number[], minRatio = 10): boolean {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0 || finite.some((v) => v < 0)) return false;
  const positive = finite.filter((v) => v > 0);
  if (positive.length === 0) return false;
  return Math.max(...positive) / Math.min(...positive) > minRatio;
}
