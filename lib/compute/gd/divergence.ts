/** Detecting a run that has gone wrong: NaN, Infinity, or a loss that explodes. */

export type DivergenceKind = 'nan' | 'infinity' | 'exploding';

export interface Divergence {
  kind: DivergenceKind;
  /** The step at which it was first seen. */
  step: number;
  /** A sentence for the reader, in Chinese. */
  message: string;
}

export interface DivergenceOptions {
  /** The loss counts as exploding once it exceeds factor × max(|first loss|, 1). Default 1e6. */
  explodeFactor?: number;
}

/**
 * Looks at one new observation. `values` are the numbers that must stay finite (the loss and the
 * parameters); `loss` is compared with `firstLoss` for explosion.
 */
export function checkDivergence(
  step: number,
  loss: number,
  firstLoss: number,
  values: ArrayLike<number>,
  options: DivergenceOptions = {},
): Divergence | null {
  const factor = options.explodeFactor ?? 1e6;
  const all = [loss, ...Array.from(values)];
  if (all.some((v) => Number.isNaN(v))) {
    return { kind: 'nan', step, message: `第 ${step} 步出现 NaN：数值已失效，请减小学习率。` };
  }
  if (all.some((v) => !Number.isFinite(v))) {
    return { kind: 'infinity', step, message: `第 ${step} 步出现无穷大：参数已溢出，请减小学习率。` };
  }
  if (Math.abs(loss) > factor * Math.max(Math.abs(firstLoss), 1)) {
    return {
      kind: 'exploding',
      step,
      message: `第 ${step} 步损失 ${loss.toExponential(2)} 已是初始值的 ${factor.toExponential(0)} 倍以上：发散。`,
    };
  }
  return null;
}

/** Scans a whole loss history; returns the first divergence or null. */
export function detectDivergence(losses: ArrayLike<number>, options: DivergenceOptions = {}): Divergence | null {
  if (losses.length === 0) return null;
  const first = losses[0];
  for (let i = 0; i < losses.length; i++) {
    const d = checkDivergence(i, losses[i], first, [], options);
    if (d) return d;
  }
  return null;
}
