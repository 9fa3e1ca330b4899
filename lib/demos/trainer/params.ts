/**
 * The trainer's parameter table (after TensorFlow Playground's state.ts) and the pure helpers the
 * view and its worker share: the training set-up read from the values, the heat map's colours, and
 * the loss history.
 */
import type { ActivationName, FeatureName } from '@/lib/compute/maths';
import { fixed } from '../format';
import { problemOf, type Problem, type TrainerDataset, type TrainerPoint } from './problems';
import type { RegSetting } from './sgd';
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';

const bool = (label: string, value: boolean) => ({ kind: 'bool', label, default: value }) as const;

export const PARAMS = {
  dataset: {
    kind: 'enum',
    label: '数据集',
    default: 'circle',
    options: [
      { value: 'circle', label: '圆' },
      { value: 'xor', label: '异或' },
      { value: 'gauss', label: '两团高斯' },
      { value: 'spiral', label: '螺旋' },
      { value: 'draw', label: '自己画数据（分类）' },
      { value: 'plane', label: '回归：平面' },
      { value: 'multigauss', label: '回归：多个高斯' },
      { value: 'drawreg', label: '自己画数据（回归）' },
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
  reg: {
    kind: 'enum',
    label: '正则化',
    default: 'none',
    options: [
      { value: 'none', label: '无' },
      { value: 'l1', label: 'L1' },
      { value: 'l2', label: 'L2' },
    ],
  },
  regRate: { kind: 'number', label: '正则化率 λ', default: 0.001, min: 0.0001, max: 10, scale: 'log' },
  noise: { kind: 'int', label: '噪声（%）', default: 0, min: 0, max: 50, step: 5 },
  train: { kind: 'int', label: '训练集比例（%）', default: 50, min: 10, max: 90, step: 10 },
  seed: { kind: 'int', label: '随机种子', default: 1, min: 0, max: 999_999 },
  showTest: bool('显示测试数据', false),
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Controls other than parameters that an embed may hide (`?hide=play,table`). */
export const CONTROLS = ['play', 'table', 'features', 'network', 'chart'] as const;

export const FEATURE_KEYS = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'] as const satisfies readonly FeatureName[];

/** What the worker needs to build the data and the network. */
export interface TrainerSetup {
  dataset: TrainerDataset;
  problem: Problem;
  reg: RegSetting;
  /** The reader's own points (datasets 'draw' and 'drawreg'); they change without a new network. */
  drawn?: TrainerPoint[];
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
export function trainerSetup(v: Values): TrainerSetup {
  const features = FEATURE_KEYS.filter((k) => v[k]);
  return {
    dataset: v.dataset as TrainerDataset,
    problem: problemOf(v.dataset),
    reg: { kind: v.reg as RegSetting['kind'], rate: v.regRate },
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

/** What forces a new network (everything but the learning rate, the batch size, regularisation and drawn points). */
export function networkKey(s: TrainerSetup): string {
  return JSON.stringify([s.dataset, s.features, s.hidden, s.activation, s.noise, s.trainRatio, s.seed]);
}

/** Playground's colours: orange for −1, white at 0, blue for +1. */
export const NEGATIVE: readonly [number, number, number] = [245, 147, 34];
export const POSITIVE: readonly [number, number, number] = [8, 119, 189];

/** The colour of a value in [−1, 1] on the plot's scale (beyond it, the end colours). */
export function valueColor(v: number, base: readonly [number, number, number] = [255, 255, 255], alpha = 1): [number, number, number] {
  const c = Math.max(-1, Math.min(1, v || 0));
  const end = c < 0 ? NEGATIVE : POSITIVE;
  const t = Math.abs(c) * alpha;
  return [0, 1, 2].map((k) => Math.round(base[k] + (end[k] - base[k]) * t)) as [number, number, number];
}

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


/** A loss for the reader: three decimals, or "—" before the first value. */
export const formatLoss = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : fixed(v, 3));

/** 95th percentile of a list (nearest rank), for the performance measurement. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}


/** At least one input feature: a link that switches them all off gets X₁ and X₂ back. */
export function normalize(v: Values): Normalized<Values> {
  if (FEATURE_KEYS.some((k) => v[k])) return { values: v, notices: [] };
  return { values: { ...v, x: true, y: true }, notices: ['至少要有一个输入特征，已选上 X₁ 和 X₂'] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
