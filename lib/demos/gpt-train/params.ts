/**
 * "Train a mini GPT from scratch" (chapter 6, §3.1): the parameter table (defaults, controls, URL
 * state `?gt.layers=1`), the check that the heads divide d_model, the training set-up and model
 * config read from the values, and the fixed choices of the demo (how often it evaluates and samples).
 */
import type { TransformerConfig } from '@/lib/models/config';
import type { CompletionParams } from '@/lib/models/gpt';
import type { ScheduleOptions } from '@/lib/models/train';
import { fixed, int, withMinus } from '../format';
import { defaults, defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';

export const D_MODELS = ['32', '48', '64'] as const;

export const PARAMS = {
  layers: { kind: 'int', label: '层数', default: 2, min: 1, max: 3 },
  d: { kind: 'enum', label: 'd_model（隐藏维度）', default: '48', options: D_MODELS.map((v) => ({ value: v, label: v })) },
  heads: { kind: 'int', label: '注意力头数', default: 4, min: 1, max: 8 },
  ctx: { kind: 'int', label: '上下文长度（字）', default: 32, min: 16, max: 64, step: 4 },
  batch: { kind: 'int', label: '批大小', default: 16, min: 4, max: 32 },
  lr: { kind: 'number', label: '峰值学习率', default: 3e-3, min: 1e-4, max: 3e-2, scale: 'log' },
  steps: { kind: 'int', label: '总步数（余弦退火）', default: 2000, min: 300, max: 5000, step: 100 },
  seed: { kind: 'int', label: '随机种子', default: 1, min: 0, max: 999_999 },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['preset', 'play', 'chart', 'samples', 'table'] as const;

/** The fields a preset sets (all but the seed). */
export type PresetValues = Omit<Values, 'seed'>;

export interface TrainPreset {
  key: string;
  label: string;
  values: PresetValues;
}

/** The defaults without the seed. */
const standard = Object.fromEntries(Object.entries(defaults(PARAMS)).filter(([k]) => k !== 'seed')) as PresetValues;

/**
 * The set-ups the picker offers. 快速: what got the lowest held-out loss after 20 s of headless
 * Chromium on wasm (about 30 steps a second, a sample every 3 s; held-out loss ≈ 4.4 after 600
 * steps, against 4.5 for d_model 48 or 64 and for learning rates 0.02 or 0.03, and 4.5 for context
 * 32, which runs at half the speed: a model this small is bound by each step's fixed cost);
 * 标准: the defaults (a bigger model, minutes of training, better text).
 */
export const TRAIN_PRESETS: readonly TrainPreset[] = [
  { key: 'quick', label: '快速（约 20 秒）', values: { layers: 1, d: '32', heads: 4, ctx: 16, batch: 16, lr: 0.01, steps: 600 } },
  { key: 'standard', label: '标准（几分钟）', values: standard },
];

/** The preset every field of which the values match, or null (the reader changed one: 自定义). */
export function matchPreset(v: Values): TrainPreset | null {
  return TRAIN_PRESETS.find((p) => (Object.keys(p.values) as (keyof PresetValues)[]).every((k) => p.values[k] === v[k])) ?? null;
}

/** Held-out loss every EVAL_EVERY steps, a sample every SAMPLE_EVERY steps (and both at step 0). */
export const EVAL_EVERY = 50;
export const SAMPLE_EVERY = 100;

/** The step of the next sample after `step`, or null when the run ends first. */
export function nextSampleStep(step: number, totalSteps: number): number | null {
  const next = (Math.floor(step / SAMPLE_EVERY) + 1) * SAMPLE_EVERY;
  return next <= totalSteps ? next : null;
}

/** Seconds to the next sample at the measured rate; null before a rate is measured or when no sample is left. */
export function secondsToNextSample(step: number, totalSteps: number, stepsPerSecond: number | null): number | null {
  const next = nextSampleStep(step, totalSteps);
  if (next === null || stepsPerSecond === null || !(stepsPerSecond > 0) || !Number.isFinite(stepsPerSecond)) return null;
  return (next - step) / stepsPerSecond;
}

/** A wait for the reader: 约 2.5 秒 under ten seconds, 约 42 秒 above, or "—". */
export const formatWait = (seconds: number | null) => (seconds === null ? '—' : `约 ${seconds < 10 ? fixed(seconds, 1) : int(seconds)} 秒`);

/** Held-out windows evaluated each time (a fixed set, so the curve compares like with like). */
export const HELD_OUT_WINDOWS = 48;
/** The sample: same prompt, temperature and seed every time, so only the model changes. */
export const SAMPLE_PARAMS: CompletionParams = { prompt: '模型', max_tokens: 30, n: 1, stop: null, temperature: 0.8, top_p: 1, seed: 7 };

/** The head counts (1…max) that divide d_model. */
export function headChoices(dModel: number, max: number = PARAMS.heads.max): number[] {
  return Array.from({ length: max }, (_, i) => i + 1).filter((h) => dModel % h === 0);
}

/** The largest head count ≤ `heads` that divides d_model (1 always does). */
export function validHeads(dModel: number, heads: number): number {
  return headChoices(dModel).filter((h) => h <= heads).pop() ?? 1;
}

/** A notice when the heads do not divide d_model (what the demo uses instead), else null. */
export function headsNotice(v: Pick<Values, 'd' | 'heads'>): string | null {
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
export function trainSetup(v: Values): TrainSetup {
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


/** A learning rate for the reader, with a true minus: 3.00e−3. */
export const formatRate = (v: number) => withMinus(v.toExponential(2));

/** A loss for the reader: three decimals, or "—" before the first value. */
export const formatLoss = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : fixed(v, 3));

/** Steps a second, a measured rate: one decimal, or "—" before the first measurement. */
export const formatSpeed = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : fixed(v, 1));

/** The heads must divide d_model: a link (or a new d_model) that breaks it gets the nearest that does. */
export function normalize(v: Values): Normalized<Values> {
  const notice = headsNotice(v);
  if (!notice) return { values: v, notices: [] };
  return { values: { ...v, heads: validHeads(Number(v.d), v.heads) }, notices: [notice] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
