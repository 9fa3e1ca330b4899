/**
 * Losses as { output, der } pairs averaged over the batch. `der(p, t)` is ∂L/∂p for each element of
 * the prediction p, already divided by the batch size, so the backward pass needs no extra factor.
 */
import * as tf from '@tensorflow/tfjs-core';

export type LossName = 'mse' | 'bce';

export interface Loss {
  readonly name: LossName;
  /** L, a scalar: the mean over the batch (rows) of the per-example loss. */
  output(pred: tf.Tensor2D, target: tf.Tensor2D): tf.Scalar;
  /** ∂L/∂pred, shape of pred. */
  der(pred: tf.Tensor2D, target: tf.Tensor2D): tf.Tensor2D;
}

const EPS = 1e-7;

export const LOSSES: Readonly<Record<LossName, Loss>> = {
  /**
   * Half squared error, per example ½Σ(p − t)², averaged over the batch: TensorFlow Playground's
   * convention, so the same learning rate behaves the same way. ∂L/∂p = (p − t)/N.
   */
  mse: {
    name: 'mse',
    output: (p, t) => tf.div(tf.mul(tf.scalar(0.5), tf.sum(tf.square(tf.sub(p, t)))), tf.scalar(p.shape[0])),
    der: (p, t) => tf.div(tf.sub(p, t), tf.scalar(p.shape[0])),
  },
  /**
   * Binary cross-entropy −[t log p + (1 − t) log(1 − p)] for targets in {0, 1}, averaged over the
   * batch; p is clipped to [ε, 1 − ε]. ∂L/∂p = (p − t) / (p(1 − p)) / N.
   */
  bce: {
    name: 'bce',
    output: (p, t) => {
      const q = tf.clipByValue(p, EPS, 1 - EPS);
      const one = tf.scalar(1);
      const ll = tf.add(tf.mul(t, tf.log(q)), tf.mul(tf.sub(one, t), tf.log(tf.sub(one, q))));
      return tf.div(tf.neg(tf.sum(ll)), tf.scalar(p.shape[0]));
    },
    der: (p, t) => {
      const q = tf.clipByValue(p, EPS, 1 - EPS);
      return tf.div(tf.sub(q, t), tf.mul(tf.mul(q, tf.sub(tf.scalar(1), q)), tf.scalar(p.shape[0])));
    },
  },
};
