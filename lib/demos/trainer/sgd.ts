/**
 * The trainer's epoch with fewer kernel calls than lib/compute's general trainEpoch, the same maths
 * (plain SGD on hand-written gradients, the training set in order, in batches). Per step it saves:
 *   - the two slices: the batches are cut once per batch size and kept;
 *   - the scalars built each step (1 in 1 − a², N and lr): kept as tensors;
 *   - ∂L/∂a_L = (a_L − T)·(lr/N) in two kernels instead of three (MSE only, as the trainer uses);
 *   - z: the derivatives are written in terms of a (tanh 1 − a², sigmoid a(1 − a), ReLU a > 0,
 *     linear 1), so relu and sigmoid fuse into the matMul, and linear needs no multiply.
 *   - with tanh or sigmoid hidden layers and no regularisation, the biases ride in the weights
 *     ("folded", below): no bias sum and no bias update, 57 calls per step instead of 71 at
 *     Playground's heaviest set-up.
 * With L1 or L2 regularisation (as Playground: on the weights, not the biases) each step also
 * subtracts lr·λ·R′(W): R = Σ|w| (R′ = sign w) or R = ½Σw² (R′ = w).
 *
 * Folded: layer l's weights and bias are one matrix [[W, 0], [b, C]] of (fan-in + 1) × (units + 1),
 * and the inputs carry a column of ones. The extra unit's input is 0·a + 1·C = C = 20, and tanh(20)
 * and sigmoid(20) are 1 exactly in float32, so it is the next layer's constant input (its row in the
 * next matrix is that layer's bias), and its derivative, 1 − a² or a(1 − a), is 0 exactly: its
 * column never changes and its gradient reaches nothing. The output layer has no extra unit. The
 * matrices are the truth while training; flush() writes W and b back into the network before anyone
 * reads them (the engine does, before every frame).
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

/** The constant unit's pre-activation: tanh and sigmoid of it are 1 in float32 (folded only). */
const CONSTANT_Z = 20;

/** Whether the biases can ride in the weights: every hidden layer's derivative is 0 where its output is 1, and no regularisation (which spares the biases). */
const foldable = (net: Mlp, reg: RegSetting) =>
  (reg.kind === 'none' || reg.rate === 0) && net.config.layers.slice(0, -1).every((l) => l.activation === 'tanh' || l.activation === 'sigmoid');

/** The activation fused into the matMul where tfjs has it (same numbers, one kernel). */
const FUSED: Partial<Record<ActivationName, 'relu' | 'sigmoid' | 'linear'>> = { relu: 'relu', sigmoid: 'sigmoid', linear: 'linear' };

interface Batch {
  x: T2;
  /** x with a column of ones (folded only). */
  xOnes: T2 | null;
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
  /** Folded weights and biases per layer while they are the truth (see the top), else null. */
  private folded: tf.Variable<tf.Rank.R2>[] | null = null;
  /** Whether the folded matrices have moved since the network last got them. */
  private dirty = false;

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
    const folded = this.folded;
    if (folded) {
      for (const b of this.batches) tf.tidy(() => this.foldedStep(b, folded));
      this.dirty = true;
    } else for (const b of this.batches) tf.tidy(() => this.step(b));
  }

  /** Writes the folded matrices back into the network's W and b (a no-op when nothing moved). */
  flush(): void {
    if (!this.folded || !this.dirty) return;
    const { net } = this;
    tf.tidy(() =>
      this.folded!.forEach((p, l) => {
        const [fanIn, units] = net.weights[l].shape;
        net.weights[l].assign(tf.slice(p, [0, 0], [fanIn, units]));
        // b is row fanIn's first `units` numbers, sliced from the flat matrix: a rank-1 slice of a
        // [1, units] one would share its data, and wasm's fused matMul reads that data's shape
        // (rank 2) and refuses it as a bias.
        net.biases[l].assign(tf.slice(tf.reshape(p, [-1]), [fanIn * p.shape[1]], [units]) as tf.Tensor1D);
      }),
    );
    this.dirty = false;
  }

  /** Cuts the batches (kept until the next change, so an epoch slices nothing). */
  setHyper(batchSize: number, learningRate: number, reg: RegSetting = NO_REG): void {
    if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new Error(`batch size must be an integer ≥ 1 (got ${batchSize})`);
    if (!(reg.rate >= 0)) throw new Error(`regularisation rate must be ≥ 0 (got ${reg.rate})`);
    const key = `${batchSize}/${learningRate}/${reg.kind}/${reg.rate}`;
    if (key === this.key) return;
    this.disposeBatches();
    this.reg = reg;
    this.setFolded(foldable(this.net, reg));
    this.regScale = reg.kind === 'none' || reg.rate === 0 ? null : tf.keep(tf.scalar(learningRate * reg.rate));
    const n = this.x.shape[0];
    for (let start = 0; start < n; start += batchSize) {
      const size = Math.min(batchSize, n - start);
      const x = tf.keep(tf.slice(this.x, [start, 0], [size, -1]));
      this.batches.push({
        x,
        xOnes: this.folded ? tf.keep(tf.tidy(() => tf.concat([x, tf.ones([size, 1])], 1) as T2)) : null,
        t: tf.keep(tf.slice(this.target, [start, 0], [size, -1])),
        scale: tf.keep(tf.scalar(learningRate / size)),
      });
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

  /** The same step on the folded matrices: no bias terms, and each layer's extra unit is the next one's constant input. */
  private foldedStep({ xOnes, t, scale }: Batch, params: tf.Variable<tf.Rank.R2>[]): void {
    const specs = this.net.config.layers;
    const acts: T2[] = [];
    let a = xOnes!;
    specs.forEach((spec, l) => {
      a = (spec.activation === 'tanh' ? tf.tanh(tf.matMul(a, params[l])) : tf.fused.matMul({ a, b: params[l], activation: FUSED[spec.activation] })) as T2;
      acts.push(a);
    });
    let dA = tf.mul(tf.sub(a, t), scale) as T2;
    for (let l = specs.length - 1; l >= 0; l--) {
      const dz = this.dz(specs[l].activation, dA, acts[l]);
      const prev = l === 0 ? xOnes! : acts[l - 1];
      if (l > 0) dA = tf.matMul(dz, params[l], false, true);
      params[l].assign(tf.sub(params[l], tf.matMul(prev, dz, true, false)));
    }
  }

  /** Folds the network's W and b into matrices, or writes them back and drops them. */
  private setFolded(on: boolean): void {
    if (on === !!this.folded) return;
    if (!on) {
      this.flush();
      tf.dispose(this.folded!);
      this.folded = null;
      return;
    }
    const last = this.net.depth - 1;
    this.folded = this.net.weights.map((w, l) =>
      tf.tidy(() => {
        const [fanIn, units] = w.shape;
        const withBias = tf.concat([w, tf.reshape(this.net.biases[l], [1, units])], 0);
        if (l === last) return tf.variable(withBias as T2);
        const constant = tf.concat([tf.zeros([fanIn, 1]), tf.fill([1, 1], CONSTANT_Z)], 0);
        return tf.variable(tf.concat([withBias, constant], 1) as T2);
      }),
    );
    this.dirty = false;
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
    for (const b of this.batches) tf.dispose([b.x, b.t, b.scale, ...(b.xOnes ? [b.xOnes] : [])]);
    this.regScale?.dispose();
    this.regScale = null;
    this.batches = [];
    this.key = '';
  }

  /** Writes the weights back into the network (which stays the caller's), then frees the rest. */
  dispose(): void {
    this.setFolded(false);
    this.disposeBatches();
    this.one.dispose();
  }
}
