/**
 * The trainer's parameter table (after TensorFlow Playground's state.ts) and the pure helpers the
 * view and its worker share: the training set-up read from the values, the heat map's colours, and
 * the loss history.
 */
import type { ActivationName, DatasetName, FeatureName } from '@/lib/compute/maths';
import type { ParamTable, ParamValues } from '../params';

const bool = (label: string, value: boolean) => ({ kind: 'bool', label, default: value }) as const;

export const TRAINER_TABLE = {
  dataset: {
    kind: 'enum',
    label: '数据集',
    default: 'circle',
    options: [
      { value: 'circle', label: '圆' },
      { value: 'xor', label: '异或' },
      { value: 'gauss', label: '两团高斯' },
      { value: 'spiral', label: '螺旋' },
    ],
  },
  x: bool('特征 X₁', true),
  y: bool('特征 X₂', true),
  x2: bool('特征 X₁²', false),
  y2: bool('特征 X₂²', false),
  xy: bool('特征 X₁X₂', false),
  sinx: bool('特征 sin(X₁)', false),
  siny: bool('特征 sin(X₂)', false),
  layers: { kind: 'list', label: '各隐藏层的神经元数', default: [4, 2], min: 1, max: 8, minLength: 0, maxLength: 6 },
  activation: {
    kind: 'enum',
    label: '激活函数',
    default: 'tanh',
    options: [
      { value: 'tanh', label: 'tanh' },
      { value: 'relu', label: 'ReLU' },
      { value: 'sigmoid', label: 'sigmoid' },
      { value: 'linear', label: '线性' },
    ],
  },
  lr: { kind: 'number', label: '学习率', default: 0.03, min: 0.00001, max: 10, scale: 'log' },
  batch: { kind: 'int', label: '批大小', default: 10, min: 1, max: 30 },
  noise: { kind: 'int', label: '噪声（%）', default: 0, min: 0, max: 50 },
  train: { kind: 'int', label: '训练集比例（%）', default: 50, min: 10, max: 90 },
  seed: { kind: 'int', label: '随机种子', default: 1, min: 0, max: 999_999 },
  showTest: bool('显示测试数据', false),
} as const satisfies ParamTable;

export type TrainerValues = ParamValues<typeof TRAINER_TABLE>;

/** Controls other than parameters that an embed may hide (`?hide=play,table`). */
export const TRAINER_EXTRA_CONTROLS = ['play', 'table', 'features', 'network', 'chart'] as const;

export const FEATURE_KEYS = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'] as const satisfies readonly FeatureName[];

/** What the worker needs to build the data and the network. */
export interface TrainerSetup {
  dataset: DatasetName;
  features: FeatureName[];
  hidden: number[];
  activation: ActivationName;
  /** In [0, 0.5], as makeDataset wants. */
  noise: number;
  trainRatio: number;
  seed: number;
  learningRate: number;
  batchSize: number;
}

/** The set-up for these values; with no feature chosen, X₁ and X₂ are used (the view never allows none). */
export function trainerSetup(v: TrainerValues): TrainerSetup {
  const features = FEATURE_KEYS.filter((k) => v[k]);
  return {
    dataset: v.dataset as DatasetName,
    features: features.length > 0 ? features : ['x', 'y'],
    hidden: [...v.layers],
    activation: v.activation as ActivationName,
    noise: v.noise / 100,
    trainRatio: v.train / 100,
    seed: v.seed,
    learningRate: v.lr,
    batchSize: v.batch,
  };
}

/** What forces a new network (everything but the learning rate and the batch size). */
export function networkKey(s: TrainerSetup): string {
  return JSON.stringify([s.dataset, s.features, s.hidden, s.activation, s.noise, s.trainRatio, s.seed]);
}

/** Playground's colours: orange for −1, white at 0, blue for +1. */
export const NEGATIVE: readonly [number, number, number] = [245, 147, 34];
export const POSITIVE: readonly [number, number, number] = [8, 119, 189];

/**
 * The heat map's pixels for an n×n boundary (row 0 = smallest y): written into `out` (RGBA, n·n·4)
 * with the top row first, as a canvas wants. `base` is the colour at 0 (the page's background).
 */
export function boundaryPixels(values: ArrayLike<number>, n: number, out: Uint8ClampedArray, base: readonly [number, number, number] = [255, 255, 255], alpha = 0.8): void {
  for (let i = 0; i < n; i++) {
    const row = (n - 1 - i) * n;
    for (let j = 0; j < n; j++) {
      const v = Math.max(-1, Math.min(1, values[i * n + j] || 0));
      const c = v < 0 ? NEGATIVE : POSITIVE;
      const t = Math.abs(v) * alpha;
      const o = (row + j) * 4;
      out[o] = base[0] + (c[0] - base[0]) * t;
      out[o + 1] = base[1] + (c[1] - base[1]) * t;
      out[o + 2] = base[2] + (c[2] - base[2]) * t;
      out[o + 3] = 255;
    }
  }
}

export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
}

/**
 * Appends a point, keeping at most `max` (when full, every second point is dropped; the latest is
 * always kept), so a long run's curve stays cheap to draw.
 */
export function pushLoss(history: LossPoint[], point: LossPoint, max = 400): LossPoint[] {
  const next = history.length > 0 && history[history.length - 1].epoch === point.epoch ? history.slice(0, -1) : history.slice();
  next.push(point);
  if (next.length <= max) return next;
  return next.filter((_, i) => i % 2 === 1 || i === next.length - 1);
}

/** A loss for the reader: three decimals, or "—" before the first value. */
export const formatLoss = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(3));

/** 95th percentile of a list (nearest rank), for the performance measurement. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** An `#rgb`, `#rrggbb` or `rgb(r, g, b)` CSS colour as [r, g, b]; `fallback` for anything else. */
export function parseCssColor(text: string, fallback: readonly [number, number, number] = [255, 255, 255]): [number, number, number] {
  const s = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [...fallback] as [number, number, number];
}
