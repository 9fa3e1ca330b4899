/** Training the MLP with plain SGD on the hand-written gradients. */
import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from './losses';
import { LOSSES } from './losses';
import { backpropagate, forwardLayers, type Mlp } from './network';

export interface TrainOptions {
  learningRate: number;
  loss: LossName;
}

/**
 * One SGD update on one batch: forward, backward, Wₗ ← Wₗ − lr·∂L/∂Wₗ, bₗ ← bₗ − lr·∂L/∂bₗ.
 * The chain rule is linear in ∂L/∂a_L, so starting it from lr·∂L/∂a_L yields lr·∂L/∂W directly
 * (fewer kernel calls per step). Reads nothing back (no GPU sync); leaves no tensors behind.
 */
export function trainStep(net: Mlp, x: tf.Tensor2D, target: tf.Tensor2D, options: TrainOptions): void {
  tf.tidy(() => {
    const layers = forwardLayers(net, x);
    const dOutput = tf.mul(LOSSES[options.loss].der(layers[layers.length - 1].a, target), options.learningRate) as tf.Tensor2D;
    backpropagate(net, x, layers, dOutput).forEach((g, l) => {
      net.weights[l].assign(tf.sub(net.weights[l], g.dW));
      net.biases[l].assign(tf.sub(net.biases[l], g.db));
    });
  });
}

/**
 * One epoch: the training set in order, in consecutive batches of `batchSize` rows (the last one may
 * be smaller), one SGD step per batch, as TensorFlow Playground does.
 */
export function trainEpoch(net: Mlp, x: tf.Tensor2D, target: tf.Tensor2D, batchSize: number, options: TrainOptions): void {
  const n = x.shape[0];
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start);
    tf.tidy(() => {
      const xb = tf.slice(x, [start, 0], [size, -1]);
      const tb = tf.slice(target, [start, 0], [size, -1]);
      trainStep(net, xb, tb, options);
    });
  }
}
