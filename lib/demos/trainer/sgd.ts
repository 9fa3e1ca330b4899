/**
 * The trainer's epoch with fewer kernel calls than lib/compute's general trainEpoch, the same maths
 * (plain SGD on hand-written gradients, the training set in order, in batches). Per step it saves:
 *   - the two slices: the batches are cut once per batch size and kept;
 *   - the scalars built each step (1 in 1 − a², N and lr): kept as tensors;
 *   - ∂L/∂a_L = (a_L − T)·(lr/N) in two kernels instead of three (MSE only, as the trainer uses);
 *   - z: the derivatives are written in terms of a (tanh 1 − a², sigmoid a(1 − a), ReLU a > 0,
 *     linear 1), so relu and sigmoid fuse into the matMul, and linear needs no multiply.
 * With L1 or L2 regularisation (as Playground: on the weights, not the biases) each step also
 * subtracts lr·λ·R′(W): R = Σ|w| (R′ = sign w) or R = ½Σw² (R′ = w).
 * tests/unit/demos/trainer-sgd.test.ts checks it against lib/compute's trainEpoch and finite differences.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName, Mlp } from '@/lib/compute/maths';

type T2 = tf.Tensor2D;

export type Regularization = 'none' | 'l1' | 'l2';
export interface RegSetting {
  kind: Regularization;
  /** λ, the regularisation rate. */
  rate: number;
}
const NO_REG: RegSetting = { kind: 'none', rate: 0 };

/** The activation fused into the matMul where tfjs has it (same numbers, one kernel). */
const FUSED: Partial<Record<ActivationName, 'relu' | 'sigmoid' | 'linear'>> = { relu: 'relu', sigmoid: 'sigmoid', linear: 'linear' };

interface Batch {
  x: T2;
  t: T2;
  /** lr / rows, the factor of ∂L/∂a_L. */
  scale: tf.Scalar;
}

export class FastSgd {
  private batches: Batch[] = [];
  private key = '';
  private readonly one = tf.keep(tf.scalar(1));
  private reg: RegSetting = NO_REG;
  /** lr·λ, kept while the set-up stays. */
  private regScale: tf.Scalar | null = null;

  constructor(
    private readonly net: Mlp,
    private readonly x: T2,
    private readonly target: T2,
    batchSize: number,
    learningRate: number,
    reg: RegSetting = NO_REG,
  ) {
    this.setHyper(batchSize, learningRate, reg);
  }

  /** One epoch: one SGD step per batch of consecutive rows (the last may be smaller). */
  epoch(): void {
    for (const b of this.batches) tf.tidy(() => this.step(b));
  }

  /** Cuts the batches (kept until the next change, so an epoch slices nothing). */
  setHyper(batchSize: number, learningRate: number, reg: RegSetting = NO_REG): void {
    if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new Error(`batch size must be an integer ≥ 1 (got ${batchSize})`);
    if (!(reg.rate >= 0)) throw new Error(`regularisation rate must be ≥ 0 (got ${reg.rate})`);
    const key = `${batchSize}/${learningRate}/${reg.kind}/${reg.rate}`;
    if (key === this.key) return;
    this.disposeBatches();
    this.reg = reg;
    this.regScale = reg.kind === 'none' || reg.rate === 0 ? null : tf.keep(tf.scalar(learningRate * reg.rate));
    const n = this.x.shape[0];
    for (let start = 0; start < n; start += batchSize) {
      const size = Math.min(batchSize, n - start);
      this.batches.push(
        tf.tidy(() => ({
          x: tf.keep(tf.slice(this.x, [start, 0], [size, -1])),
          t: tf.keep(tf.slice(this.target, [start, 0], [size, -1])),
          scale: tf.keep(tf.scalar(learningRate / size)),
        })),
      );
    }
    this.key = key;
  }

  private step({ x, t, scale }: Batch): void {
    const { net } = this;
    const specs = net.config.layers;
    const acts: T2[] = [];
    let a = x;
    specs.forEach((spec, l) => {
      const fused = FUSED[spec.activation];
      a = fused
        ? (tf.fused.matMul({ a, b: net.weights[l], bias: net.biases[l], activation: fused }) as T2)
        : (tf.tanh(tf.fused.matMul({ a, b: net.weights[l], bias: net.biases[l] })) as T2);
      acts.push(a);
    });
    // MSE: ∂L/∂a_L = (a_L − T)/N, times lr, so the chain rule gives lr·∂L/∂W directly.
    let dA = tf.mul(tf.sub(a, t), scale) as T2;
    for (let l = specs.length - 1; l >= 0; l--) {
      const out = acts[l];
      const dz = this.dz(specs[l].activation, dA, out);
      const prev = l === 0 ? x : acts[l - 1];
      if (l > 0) dA = tf.matMul(dz, net.weights[l], false, true);
      const w = net.weights[l];
      let dW = tf.matMul(prev, dz, true, false);
      if (this.regScale) dW = tf.add(dW, tf.mul(this.reg.kind === 'l1' ? tf.sign(w) : w, this.regScale));
      w.assign(tf.sub(w, dW));
      net.biases[l].assign(tf.sub(net.biases[l], tf.sum(dz, 0)));
    }
  }

  /** ∂L/∂z = ∂L/∂a ⊙ f′, with f′ written in terms of a = f(z). */
  private dz(activation: ActivationName, dA: T2, a: T2): T2 {
    switch (activation) {
      case 'tanh':
        return tf.mul(dA, tf.sub(this.one, tf.square(a)));
      case 'sigmoid':
        return tf.mul(dA, tf.mul(a, tf.sub(this.one, a)));
      case 'relu':
        return tf.mul(dA, tf.step(a)); // a > 0 exactly where z > 0
      case 'linear':
        return dA;
    }
  }

  private disposeBatches(): void {
    for (const b of this.batches) tf.dispose([b.x, b.t, b.scale]);
    this.regScale?.dispose();
    this.regScale = null;
    this.batches = [];
    this.key = '';
  }

  dispose(): void {
    this.disposeBatches();
    this.one.dispose();
  }
}
