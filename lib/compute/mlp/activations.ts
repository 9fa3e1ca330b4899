/**
 * Activation functions as { output, der } pairs, as in TensorFlow Playground's nn.ts.
 * `der(z, a)` is da/dz at each element, given the pre-activation z and the activation a = output(z)
 * (several derivatives are cheapest written in terms of a).
 */
import * as tf from '@tensorflow/tfjs-core';

export type ActivationName = 'tanh' | 'relu' | 'sigmoid' | 'linear';

export interface Activation {
  readonly name: ActivationName;
  output(z: tf.Tensor): tf.Tensor;
  der(z: tf.Tensor, a: tf.Tensor): tf.Tensor;
}

const one = () => tf.scalar(1);

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  /** a = tanh z, da/dz = 1 − a² */
  tanh: { name: 'tanh', output: (z) => tf.tanh(z), der: (_z, a) => tf.sub(one(), tf.square(a)) },
  /** a = max(0, z), da/dz = 1 for z > 0 else 0 */
  relu: { name: 'relu', output: (z) => tf.relu(z), der: (z) => tf.cast(tf.greater(z, tf.scalar(0)), 'float32') },
  /** a = 1/(1 + e^−z), da/dz = a(1 − a) */
  sigmoid: { name: 'sigmoid', output: (z) => tf.sigmoid(z), der: (_z, a) => tf.mul(a, tf.sub(one(), a)) },
  /** a = z, da/dz = 1 */
  linear: { name: 'linear', output: (z) => tf.clone(z), der: (z) => tf.onesLike(z) },
};
