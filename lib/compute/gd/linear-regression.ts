/**
 * Linear regression y ≈ Xw + b fitted by gradient descent on the mean squared error, next to the
 * exact least-squares answer the descent should approach.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';
import { checkDivergence, type Divergence, type DivergenceOptions } from './divergence';
import { createOptimizer, type Optimizer, type OptimizerConfig } from './optimizers';

export interface RegressionData {
  /** n rows of d features. */
  x: number[][];
  y: number[];
}

/** n points on y = slope·x + intercept plus normal noise, x uniform in [-1, 1]. */
export function makeLineData(rng: Rng, n: number, slope: number, intercept: number, noise: number): RegressionData {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = rng.uniform(-1, 1);
    x.push([xi]);
    y.push(slope * xi + intercept + rng.normal(0, noise));
  }
  return { x, y };
}

/**
 * Exact least squares [w₁ … w_d, b] from the normal equations AᵀA p = Aᵀy (A = [X 1]),
 * solved in plain JS by Gaussian elimination with partial pivoting.
 */
export function leastSquares(data: RegressionData): number[] {
  const rows = data.x.map((r) => [...r, 1]);
  const m = rows[0].length;
  const a = Array.from({ length: m }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    for (let j = 0; j < m; j++) for (const r of rows) row[j] += r[i] * r[j];
    rows.forEach((r, k) => (row[m] += r[i] * data.y[k]));
    return row;
  });
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    if (Math.abs(a[c][c]) < 1e-12) throw new Error('leastSquares: features are linearly dependent');
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= m; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[m] / row[i]);
}

export interface RegressionStep {
  iteration: number;
  /** [w₁ … w_d, b] */
  params: number[];
  /** ∂L/∂params at params */
  gradient: number[];
  /** mean squared error at params */
  loss: number;
  divergence: Divergence | null;
}

/** Gradient descent on L(p) = (1/n)‖A p − y‖², ∇L = (2/n) Aᵀ(A p − y). */
export class LinearRegressionGD {
  private readonly a: tf.Tensor2D;
  private readonly y: tf.Tensor2D;
  private readonly optimizer: Optimizer;
  private params: tf.Tensor2D;
  private iteration = 0;
  private firstLoss = NaN;
  private diverged: Divergence | null = null;

  constructor(data: RegressionData, optimizer: OptimizerConfig, private readonly options: DivergenceOptions = {}) {
    const n = data.y.length;
    const d = data.x[0].length;
    this.a = tf.tensor2d(data.x.map((r) => [...r, 1]), [n, d + 1]);
    this.y = tf.tensor2d(data.y, [n, 1]);
    this.params = tf.zeros([d + 1, 1]);
    this.optimizer = createOptimizer(optimizer);
  }

  private gradient(): tf.Tensor2D {
    return tf.tidy(() => {
      const residual = tf.sub(tf.matMul(this.a, this.params), this.y);
      return tf.mul(tf.scalar(2 / this.y.shape[0]), tf.matMul(this.a, residual, true, false));
    });
  }

  /** The current state without stepping. */
  async current(): Promise<RegressionStep> {
    const packed = tf.tidy(() => {
      const residual = tf.sub(tf.matMul(this.a, this.params), this.y);
      const loss = tf.reshape(tf.mean(tf.square(residual)), [1]);
      return tf.concat([tf.reshape(this.params, [-1]), tf.reshape(this.gradient(), [-1]), loss]);
    });
    const d = Array.from(await packed.data());
    packed.dispose();
    const m = this.params.shape[0];
    const params = d.slice(0, m);
    const gradient = d.slice(m, 2 * m);
    const loss = d[2 * m];
    if (this.iteration === 0) this.firstLoss = loss;
    this.diverged ??= checkDivergence(this.iteration, loss, this.firstLoss, [...params, ...gradient], this.options);
    return { iteration: this.iteration, params, gradient, loss, divergence: this.diverged };
  }

  async step(): Promise<RegressionStep> {
    if (this.iteration === 0 && Number.isNaN(this.firstLoss)) await this.current();
    if (this.diverged) return this.current();
    const next = tf.tidy(() => this.optimizer.update(this.params, this.gradient()) as tf.Tensor2D);
    this.params.dispose();
    this.params = next;
    this.iteration += 1;
    return this.current();
  }

  /** Up to n steps, each checked for divergence; returns the final state. */
  async run(n: number): Promise<RegressionStep> {
    let s = await this.current();
    for (let i = 0; i < n && !s.divergence; i++) s = await this.step();
    return s;
  }

  dispose(): void {
    tf.dispose([this.a, this.y, this.params]);
    this.optimizer.dispose();
  }
}
