/**
 * "Train a mini GPT from scratch" (chapter 6, §3.1): the parameter table (defaults, controls, URL
 * state `?gt.layers=1`), the check that the heads divide d_model, the training set-up and model
 * config read from the values, and the fixed choices of the demo (how often it evaluates and samples).
 */
import type { TransformerConfig } from '@/lib/models/config';
import type { CompletionParams } from '@/lib/models/gpt';
import type { ScheduleOptions } from '@/lib/models/train';
import type { ParamTable, ParamValues } from '../params';

export const D_MODELS = ['32', '48', '64'] as const;

export const GT_PARAMS = {
  layers: { kind: 'int', label: '层数', default: 2, min: 1, max: 3 },
  d: { kind: 'enum', label: 'd_model（隐藏维度）', default: '48', options: D_MODELS.map((v) => ({ value: v, label: v })) },
  heads: { kind: 'int', label: '注意力头数', default: 4, min: 1, max: 8 },
  ctx: { kind: 'int', label: '上下文长度（字）', default: 32, min: 16, max: 64 },
  batch: { kind: 'int', label: '批大小', default: 16, min: 4, max: 32 },
  lr: { kind: 'number', label: '峰值学习率', default: 3e-3, min: 1e-4, max: 3e-2, scale: 'log' },
  steps: { kind: 'int', label: '总步数（余弦退火）', default: 2000, min: 300, max: 5000 },
  seed: { kind: 'int', label: '随机种子', default: 1, min: 0, max: 999_999 },
} as const satisfies ParamTable;

export type GptTrainValues = ParamValues<typeof GT_PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const GT_EXTRA_CONTROLS = ['play', 'chart', 'samples', 'table'] as const;

/** Held-out loss every EVAL_EVERY steps, a sample every SAMPLE_EVERY steps (and both at step 0). */
export const EVAL_EVERY = 50;
export const SAMPLE_EVERY = 100;
/** Held-out windows evaluated each time (a fixed set, so the curve compares like with like). */
export const HELD_OUT_WINDOWS = 48;
/** The sample: same prompt, temperature and seed every time, so only the model changes. */
export const SAMPLE_PARAMS: CompletionParams = { prompt: '模型', max_tokens: 30, n: 1, stop: null, temperature: 0.8, top_p: 1, seed: 7 };

/** The head counts (1…max) that divide d_model. */
export function headChoices(dModel: number, max: number = GT_PARAMS.heads.max): number[] {
  return Array.from({ length: max }, (_, i) => i + 1).filter((h) => dModel % h === 0);
}

/** The largest head count ≤ `heads` that divides d_model (1 always does). */
export function validHeads(dModel: number, heads: number): number {
  return headChoices(dModel).filter((h) => h <= heads).pop() ?? 1;
}

/** A notice when the heads do not divide d_model (what the demo uses instead), else null. */
export function headsNotice(v: Pick<GptTrainValues, 'd' | 'heads'>): string | null {
  const d = Number(v.d);
  const fixed = validHeads(d, v.heads);
  if (fixed === v.heads) return null;
  return `注意力头数 ${v.heads} 不能整除 d_model ${d}（每个头要分到同样多的维度），已改为 ${fixed}`;
}

/** What the worker trains with. */
export interface TrainSetup {
  nLayers: number;
  dModel: number;
  nHeads: number;
  ctx: number;
  batch: number;
  learningRate: number;
  totalSteps: number;
  seed: number;
}

/** The set-up for these values; the heads are always made valid (see headsNotice). */
export function trainSetup(v: GptTrainValues): TrainSetup {
  const dModel = Number(v.d);
  return {
    nLayers: v.layers,
    dModel,
    nHeads: validHeads(dModel, v.heads),
    ctx: v.ctx,
    batch: v.batch,
    learningRate: v.lr,
    totalSteps: v.steps,
    seed: v.seed,
  };
}

/** What forces a new model from step 0 (everything but batch, learning rate and total steps). */
export function modelKey(s: TrainSetup): string {
  return JSON.stringify([s.nLayers, s.dModel, s.nHeads, s.ctx, s.seed]);
}

export function modelConfig(s: TrainSetup, vocabSize: number): TransformerConfig {
  return { vocabSize, ctx: s.ctx, dModel: s.dModel, nLayers: s.nLayers, nHeads: s.nHeads, dFF: 4 * s.dModel, causal: true };
}

/** Warm-up of 5 % of the run (at most 100 steps, as for the shipped model), then cosine to 10 %. */
export function scheduleOf(s: TrainSetup): ScheduleOptions {
  return { learningRate: s.learningRate, warmupSteps: Math.max(1, Math.min(100, Math.round(0.05 * s.totalSteps))), totalSteps: s.totalSteps };
}

/** A point of a loss curve. */
export interface CurvePoint {
  step: number;
  loss: number;
}

/**
 * Appends a point (replacing one at the same step), keeping at most `max`: when full, every second
 * point is dropped, the latest always kept, so a long run stays cheap to draw.
 */
export function addPoint(curve: readonly CurvePoint[], point: CurvePoint, max = 300): CurvePoint[] {
  const next = curve.length > 0 && curve[curve.length - 1].step === point.step ? curve.slice(0, -1) : curve.slice();
  next.push(point);
  return next.length <= max ? next : next.filter((_, i) => i % 2 === 1 || i === next.length - 1);
}

/** Round numbers for an axis from 0 to about `max`: the step and the top (a multiple of it). */
export function axisTicks(max: number, count = 5): { step: number; top: number; ticks: number[] } {
  const raw = Math.max(max, 1e-9) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const top = Math.ceil(max / step - 1e-9) * step || step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => +(i * step).toPrecision(12));
  return { step, top, ticks };
}

/** A learning rate for the reader: 3.00e-3. */
export const formatRate = (v: number) => v.toExponential(2);
