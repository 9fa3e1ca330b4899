/**
 * The numbers of the update formula the explorer shows for one optimizer, read off its computed
 * path. Nothing is recomputed here: each quantity comes from two consecutive steps of the run.
 *
 *   SGD:      θ_{t+1} = θ_t − α ∇L(θ_t)
 *   momentum: v_{t+1} = β v_t + ∇L(θ_t),  θ_{t+1} = θ_t − α v_{t+1}   (the chapter's form)
 *   Adam:     θ_{t+1} = θ_t − α m̂/(√v̂ + ε)
 *
 * In every case the direction taken is d = (θ_t − θ_{t+1})/α: ∇L for SGD, v_{t+1} for momentum,
 * m̂/(√v̂ + ε) for Adam. (The compute core keeps its velocity as −α·v, the same path.)
 */

export interface PathPoint {
  theta: readonly number[];
  gradient: readonly number[];
  loss: number;
}

export interface UpdateNumbers {
  /** The step shown: θ_t → θ_{t+1}. */
  t: number;
  theta: readonly number[];
  grad: readonly number[];
  lr: number;
  /** θ_{t+1}, or null before the first step. */
  next: readonly number[] | null;
  /** (θ_t − θ_{t+1})/α, or null before the first step. */
  direction: number[] | null;
  /** Momentum only: v_t, from the step before (zero at t = 0). */
  prevVelocity: number[] | null;
}

const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - b[i]);
const scale = (a: readonly number[], s: number) => a.map((v) => v * s);

/** The latest update of a path (start included as path[0]) run with learning rate lr. */
export function updateNumbers(path: readonly PathPoint[], lr: number): UpdateNumbers | null {
  if (path.length === 0) return null;
  if (path.length === 1) {
    const p = path[0];
    return { t: 0, theta: p.theta, grad: p.gradient, lr, next: null, direction: null, prevVelocity: null };
  }
  const t = path.length - 2;
  const cur = path[t];
  const next = path[t + 1];
  const direction = scale(sub(cur.theta, next.theta), 1 / lr);
  const prevVelocity = t === 0 ? cur.theta.map(() => 0) : scale(sub(path[t - 1].theta, cur.theta), 1 / lr);
  return { t, theta: cur.theta, grad: cur.gradient, lr, next: next.theta, direction, prevVelocity };
}

/** Rows for the numbers table: t, θ, ∇L, L. Long runs keep the first `head` and last `tail` steps. */
export function tableRows(path: readonly PathPoint[], head = 60, tail = 20): { index: number; point: PathPoint }[] {
  const rows = path.map((point, index) => ({ index, point }));
  if (rows.length <= head + tail) return rows;
  return [...rows.slice(0, head), ...rows.slice(rows.length - tail)];
}
