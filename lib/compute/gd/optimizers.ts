/**
 * SGD, momentum and Adam as small stateful objects over tensors of any shape. Each instance owns
 * its state tensors (velocity, moments) and frees them in dispose(); create one per demo.
 */
import * as tf from '@tensorflow/tfjs-core';

export type OptimizerKind = 'sgd' | 'momentum' | 'adam';

export interface OptimizerConfig {
  kind: OptimizerKind;
  learningRate: number;
  /** Momentum coefficient μ (momentum only). Default 0.9. */
  momentum?: number;
  /** Adam's β₁, β₂, ε. Defaults 0.9, 0.999, 1e-8. */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export interface Optimizer {
  readonly config: Readonly<OptimizerConfig>;
  /** Number of updates done so far. */
  readonly iteration: number;
  /** Returns the updated parameters (a new tensor, owned by the caller); θ and g are not disposed. */
  update(theta: tf.Tensor, grad: tf.Tensor): tf.Tensor;
  /** Forgets velocity and moments. */
  reset(): void;
  dispose(): void;
}

class StatefulOptimizer implements Optimizer {
  iteration = 0;
  private slots: tf.Tensor[] = [];

  constructor(readonly config: Readonly<OptimizerConfig>) {}

  update(theta: tf.Tensor, grad: tf.Tensor): tf.Tensor {
    const { kind, learningRate: lr } = this.config;
    this.iteration += 1;
    const t = this.iteration;
    if (kind === 'sgd') return tf.tidy(() => tf.sub(theta, tf.mul(tf.scalar(lr), grad)));

    const prev = this.slots;
    const zeros = () => tf.zerosLike(theta);
    let next: tf.Tensor[];
    let result: tf.Tensor;
    if (kind === 'momentum') {
      const mu = this.config.momentum ?? 0.9;
      [result, ...next] = tf.tidy(() => {
        // v ← μv − lr·g;  θ ← θ + v
        const v = tf.sub(tf.mul(tf.scalar(mu), prev[0] ?? zeros()), tf.mul(tf.scalar(lr), grad));
        return [tf.add(theta, v), v];
      });
    } else {
      const b1 = this.config.beta1 ?? 0.9;
      const b2 = this.config.beta2 ?? 0.999;
      const eps = this.config.epsilon ?? 1e-8;
      [result, ...next] = tf.tidy(() => {
        // m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − lr·m̂/(√v̂ + ε)
        const m = tf.add(tf.mul(tf.scalar(b1), prev[0] ?? zeros()), tf.mul(tf.scalar(1 - b1), grad));
        const v = tf.add(tf.mul(tf.scalar(b2), prev[1] ?? zeros()), tf.mul(tf.scalar(1 - b2), tf.square(grad)));
        const mHat = tf.div(m, tf.scalar(1 - b1 ** t));
        const vHat = tf.div(v, tf.scalar(1 - b2 ** t));
        const stepT = tf.div(tf.mul(tf.scalar(lr), mHat), tf.add(tf.sqrt(vHat), tf.scalar(eps)));
        return [tf.sub(theta, stepT), m, v];
      });
    }
    tf.dispose(prev);
    // keep: update() may run inside a caller's tidy, which must not free the optimizer's state
    this.slots = next.map((t) => tf.keep(t));
    return result;
  }

  reset(): void {
    tf.dispose(this.slots);
    this.slots = [];
    this.iteration = 0;
  }

  dispose(): void {
    this.reset();
  }
}

export function createOptimizer(config: OptimizerConfig): Optimizer {
  if (!(config.learningRate > 0)) throw new Error(`learningRate must be > 0, got ${config.learningRate}`);
  return new StatefulOptimizer({ ...config });
}
