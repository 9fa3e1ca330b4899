/** Playground's input features, and turning points into input and target tensors. */
import * as tf from '@tensorflow/tfjs-core';
import type { Point } from './datasets';
import type { LossName } from './losses';

export type FeatureName = 'x' | 'y' | 'x2' | 'y2' | 'xy' | 'sinx' | 'siny';

export interface Feature {
  readonly name: FeatureName;
  /** Label as shown in Playground, e.g. "X₁²". */
  readonly label: string;
  readonly f: (x: number, y: number) => number;
}

export const FEATURES: Readonly<Record<FeatureName, Feature>> = {
  x: { name: 'x', label: 'X₁', f: (x) => x },
  y: { name: 'y', label: 'X₂', f: (_x, y) => y },
  x2: { name: 'x2', label: 'X₁²', f: (x) => x * x },
  y2: { name: 'y2', label: 'X₂²', f: (_x, y) => y * y },
  xy: { name: 'xy', label: 'X₁X₂', f: (x, y) => x * y },
  sinx: { name: 'sinx', label: 'sin(X₁)', f: (x) => Math.sin(x) },
  siny: { name: 'siny', label: 'sin(X₂)', f: (_x, y) => Math.sin(y) },
};

export const ALL_FEATURES: readonly FeatureName[] = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'];

/** Feature values for coordinates, row-major [n, features.length]. */
export function featureValues(xs: ArrayLike<number>, ys: ArrayLike<number>, features: readonly FeatureName[]): Float32Array {
  const n = xs.length;
  const k = features.length;
  const out = new Float32Array(n * k);
  const fns = features.map((name) => FEATURES[name].f);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) out[i * k + j] = fns[j](xs[i], ys[i]);
  return out;
}

/** Input matrix [N, features.length] for points. */
export function featureMatrix(points: readonly Point[], features: readonly FeatureName[]): tf.Tensor2D {
  const values = featureValues(
    points.map((p) => p.x),
    points.map((p) => p.y),
    features,
  );
  return tf.tensor2d(values, [points.length, features.length]);
}

/** Targets [N, 1]: the ±1 labels for 'mse' (tanh output), 0/1 for 'bce' (sigmoid output). */
export function targetsFor(points: readonly Point[], loss: LossName): tf.Tensor2D {
  const t = points.map((p) => (loss === 'bce' ? (p.label + 1) / 2 : p.label));
  return tf.tensor2d(t, [points.length, 1]);
}
