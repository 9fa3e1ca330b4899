/** The network's output over an N×N grid, computed in one batched forward pass. */
import * as tf from '@tensorflow/tfjs-core';
import { featureValues, type FeatureName } from './features';
import { predict, type Mlp } from './network';

export interface BoundaryGrid {
  readonly n: number;
  readonly domain: readonly [number, number];
  readonly features: readonly FeatureName[];
  /** The grid's input features [n·n, features.length]; row i·n + j is (x_j, y_i). */
  readonly input: tf.Tensor2D;
  dispose(): void;
}

/**
 * Builds the grid's inputs once (keep it while the features stay the same): cell centres from
 * domain[0] to domain[1] on both axes, rows from the smallest y up. Default domain [-6, 6].
 */
export function createBoundaryGrid(n: number, features: readonly FeatureName[], domain: readonly [number, number] = [-6, 6]): BoundaryGrid {
  const step = (domain[1] - domain[0]) / n;
  const xs = new Float32Array(n * n);
  const ys = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      xs[i * n + j] = domain[0] + (j + 0.5) * step;
      ys[i * n + j] = domain[0] + (i + 0.5) * step;
    }
  }
  const input = tf.tensor2d(featureValues(xs, ys, features), [n * n, features.length]);
  return { n, domain, features: [...features], input, dispose: () => input.dispose() };
}

/** Output at every grid cell (length n·n, row-major), read back with await data(). */
export async function decisionBoundary(net: Mlp, grid: BoundaryGrid): Promise<Float32Array> {
  const out = predict(net, grid.input);
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}
