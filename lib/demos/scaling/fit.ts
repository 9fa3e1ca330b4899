/**
 * Power laws fitted by least squares in log space, for the scaling demo: y = a·x^(−α), i.e.
 * ln y = ln a − α·ln x, an ordinary straight-line fit of ln y on ln x. The slope's standard error is
 * the textbook one, √(s² / Σ(u − ū)²) with s² = Σ residual² / (n − 2); it needs three points.
 */

export interface PowerLaw {
  /** The exponent α (y falls as x^(−α)). */
  alpha: number;
  /** Standard error of α; NaN with two points (no degree of freedom left). */
  alphaSe: number;
  /** The prefactor a. */
  a: number;
  /** R² of the straight line in log space. */
  r2: number;
  n: number;
}

/** Fits y = a·x^(−α) to points with x > 0 and y > 0; throws with fewer than two, or if all x are equal. */
export function fitPowerLaw(points: readonly { x: number; y: number }[]): PowerLaw {
  if (points.length < 2) throw new Error('拟合幂律至少需要两个点');
  if (points.some((p) => !(p.x > 0) || !(p.y > 0))) throw new Error('幂律拟合的点必须为正');
  const u = points.map((p) => Math.log(p.x));
  const v = points.map((p) => Math.log(p.y));
  const n = points.length;
  const mu = u.reduce((s, t) => s + t, 0) / n;
  const mv = v.reduce((s, t) => s + t, 0) / n;
  let suu = 0;
  let suv = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    suu += (u[i] - mu) ** 2;
    suv += (u[i] - mu) * (v[i] - mv);
    svv += (v[i] - mv) ** 2;
  }
  if (suu === 0) throw new Error('所有点的横坐标相同，无法拟合');
  const slope = suv / suu;
  const intercept = mv - slope * mu;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += (v[i] - intercept - slope * u[i]) ** 2;
  const alphaSe = n > 2 ? Math.sqrt(ssr / (n - 2) / suu) : NaN;
  return { alpha: -slope, alphaSe, a: Math.exp(intercept), r2: svv === 0 ? 1 : 1 - ssr / svv, n };
}

/** The fitted law's value at x. */
export const powerLawAt = (f: Pick<PowerLaw, 'a' | 'alpha'>, x: number) => f.a * x ** -f.alpha;

/**
 * The lower envelope of points (x, y) — the best y reached with at most this x — as Kaplan et al.
 * read the compute-efficient frontier off many learning curves: sorted by x, each point kept if
 * its y is below every y at a smaller or equal x.
 */
export function frontier<T extends { x: number; y: number }>(points: readonly T[]): T[] {
  const sorted = [...points].sort((p, q) => p.x - q.x || p.y - q.y);
  const out: T[] = [];
  let best = Infinity;
  for (const p of sorted) {
    if (p.y < best) {
      out.push(p);
      best = p.y;
    }
  }
  return out;
}
