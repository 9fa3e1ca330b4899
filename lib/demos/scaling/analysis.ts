/**
 * What the scaling demo shows for a set of values: the points, the fitted power law and the
 * extrapolation, from the shipped experiment (public/models/scaling.json). Pure: the view draws it.
 *
 * - Axis N: one point per size, its final held-out loss against its non-embedding parameters.
 * - Axis C: every checkpoint of every kept size against the compute spent so far (6·N·characters),
 *   and the fit on their lower envelope (the compute-efficient frontier, as Kaplan et al. fit L(C)).
 * With E > 0 the fit is of L − E (the reducible loss), as in the Chinchilla form L = E + A/N^α.
 */
import { finalLoss, trainingFlops, type ScalingFile } from './experiment';
import { fitPowerLaw, frontier, powerLawAt, type PowerLaw } from './fit';
import type { Values } from './params';

export interface SizePoint {
  index: number;
  dModel: number;
  nLayers: number;
  nonEmbedding: number;
  parameters: number;
  /** Compute of the whole run, FLOPs. */
  flops: number;
  /** Where it stands on the chosen axis: nonEmbedding (axis N) or flops (axis C). */
  x: number;
  loss: number;
  kept: boolean;
}

export interface CurvePoint {
  index: number;
  step: number;
  x: number;
  loss: number;
}

export interface Analysis {
  axis: 'n' | 'c';
  sizes: SizePoint[];
  /** Axis C only: every checkpoint (held-out loss), by size. */
  curves: CurvePoint[][];
  /** The points the law is fitted to (x, loss). */
  fitted: { x: number; loss: number }[];
  fit: PowerLaw;
  e: number;
  /** The extrapolation: x = ext × the largest kept x, and the law's loss there (E added back). */
  extrapolated: { x: number; loss: number };
  /** The law's loss (E added back) at x. */
  lossAt(x: number): number;
}

export function analyse(file: ScalingFile, v: Pick<Values, 'x' | 'out' | 'e' | 'ext'>): Analysis {
  const out = new Set(v.out);
  const tokensPerStep = file.budget.batch * file.budget.ctx;
  const tokens = file.budget.steps * tokensPerStep;
  const sizes: SizePoint[] = file.runs.map((r, index) => {
    const flops = trainingFlops(r.nonEmbedding, tokens);
    return {
      index,
      dModel: r.dModel,
      nLayers: r.nLayers,
      nonEmbedding: r.nonEmbedding,
      parameters: r.parameters,
      flops,
      x: v.x === 'c' ? flops : r.nonEmbedding,
      loss: finalLoss(r),
      kept: !out.has(index),
    };
  });
  const curves =
    v.x === 'c'
      ? file.runs.map((r, index) => r.curve.map(([step, , held]) => ({ index, step, x: trainingFlops(r.nonEmbedding, step * tokensPerStep), loss: held })))
      : [];
  const kept = sizes.filter((s) => s.kept);
  const fitted =
    v.x === 'n'
      ? kept.map((s) => ({ x: s.x, loss: s.loss }))
      : frontier(curves.filter((_, i) => !out.has(i)).flat().map((p) => ({ x: p.x, y: p.loss }))).map((p) => ({ x: p.x, loss: p.y }));
  const below = fitted.find((p) => p.loss <= v.e);
  if (below) throw new Error(`不可约损失 E = ${v.e} 不小于某个点的损失 ${below.loss}，无法取对数`);
  const fit = fitPowerLaw(fitted.map((p) => ({ x: p.x, y: p.loss - v.e })));
  const lossAt = (x: number) => v.e + powerLawAt(fit, x);
  const maxX = Math.max(...fitted.map((p) => p.x));
  const x = maxX * v.ext;
  return { axis: v.x === 'c' ? 'c' : 'n', sizes, curves, fitted, fit, e: v.e, extrapolated: { x, loss: lossAt(x) }, lossAt };
}

/** Published exponents to compare with (chapter 9 gives the sources). */
export const PUBLISHED = {
  n: [
    { who: 'Kaplan 等（2020）', alpha: 0.076, form: 'L(N) = (N_c/N)^α_N，数据充足时' },
    { who: 'Chinchilla（Hoffmann 等，2022）', alpha: 0.34, form: 'L = E + A/N^α + B/D^β 中 N 的指数' },
  ],
  c: [{ who: 'Kaplan 等（2020）', alpha: 0.05, form: 'L(C_min) = (C_c/C_min)^α_C，计算最优前沿' }],
} as const;
