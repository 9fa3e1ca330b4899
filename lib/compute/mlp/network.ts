/**
 * A multilayer perceptron written out layer by layer: the forward pass keeps every z and a, the
 * backward pass applies the chain rule by hand and returns ∂L/∂z, ∂L/∂W, ∂L/∂b for each layer.
 *
 * Shapes (N examples): a₀ = X [N, in];  zₗ = aₗ₋₁Wₗ + bₗ [N, unitsₗ];  aₗ = fₗ(zₗ).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';
import { normalArray } from '../random';
import { ACTIVATIONS, type ActivationName } from './activations';
import { LOSSES, type LossName } from './losses';

export interface LayerSpec {
  units: number;
  activation: ActivationName;
}

export interface MlpConfig {
  inputSize: number;
  /** Hidden layers and, last, the output layer. */
  layers: LayerSpec[];
}

/** One network's parameters; each instance owns its variables (call dispose()). */
export class Mlp {
  /** Wₗ, shape [fan-in, units] */
  readonly weights: tf.Variable<tf.Rank.R2>[] = [];
  /** bₗ, shape [units] */
  readonly biases: tf.Variable<tf.Rank.R1>[] = [];

  /** Weights are normal with std 1/√fan-in (Xavier-like), biases 0.1 as in Playground. */
  constructor(readonly config: MlpConfig, rng: Rng) {
    config.layers.forEach((layer, l) => {
      if (!(Number.isInteger(layer.units) && layer.units >= 1)) throw new Error(`layer ${l}: units must be an integer ≥ 1`);
    });
    if (config.layers.length === 0) throw new Error('an MLP needs at least an output layer');
    let fanIn = config.inputSize;
    config.layers.forEach((layer) => {
      const w = tf.tensor2d(normalArray(rng, fanIn * layer.units, 1 / Math.sqrt(fanIn)), [fanIn, layer.units]);
      const b = tf.fill([layer.units], 0.1) as tf.Tensor1D;
      this.weights.push(tf.variable(w, true));
      this.biases.push(tf.variable(b, true));
      tf.dispose([w, b]);
      fanIn = layer.units;
    });
  }

  get depth(): number {
    return this.config.layers.length;
  }

  dispose(): void {
    tf.dispose([...this.weights, ...this.biases]);
  }
}

export interface LayerActivity {
  /** Pre-activation zₗ = aₗ₋₁Wₗ + bₗ */
  z: tf.Tensor2D;
  /** Activation aₗ = fₗ(zₗ) */
  a: tf.Tensor2D;
}

export interface ForwardPass {
  /** a₀ = X (not owned by the pass) */
  input: tf.Tensor2D;
  layers: LayerActivity[];
  /** The last layer's a. */
  output: tf.Tensor2D;
}

/**
 * zₗ and aₗ for every layer, with no tidy of its own (callers wrap it). zₗ uses the fused
 * matMul-plus-bias kernel: one kernel call instead of two, the same numbers.
 */
export function forwardLayers(net: Mlp, x: tf.Tensor2D): LayerActivity[] {
  const layers: LayerActivity[] = [];
  let a = x;
  net.config.layers.forEach((spec, l) => {
    const z = tf.fused.matMul({ a, b: net.weights[l], bias: net.biases[l] }) as tf.Tensor2D;
    a = ACTIVATIONS[spec.activation].output(z) as tf.Tensor2D;
    layers.push({ z, a });
  });
  return layers;
}

/** Forward pass keeping every z and a. The caller owns the result: disposeForward(pass). */
export function forward(net: Mlp, x: tf.Tensor2D): ForwardPass {
  const flat = tf.tidy(() => forwardLayers(net, x).flatMap(({ z, a }) => [z, a]));
  const layers: LayerActivity[] = [];
  for (let i = 0; i < flat.length; i += 2) layers.push({ z: flat[i] as tf.Tensor2D, a: flat[i + 1] as tf.Tensor2D });
  return { input: x, layers, output: layers[layers.length - 1].a };
}

export function disposeForward(pass: ForwardPass): void {
  for (const { z, a } of pass.layers) tf.dispose([z, a]);
}

/** Only the output, for predictions (intermediates are freed). */
export function predict(net: Mlp, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => forwardLayers(net, x)[net.depth - 1].a);
}

export interface LayerGradients {
  /** ∂L/∂zₗ [N, units] */
  dz: tf.Tensor2D;
  /** ∂L/∂Wₗ [fan-in, units] */
  dW: tf.Tensor2D;
  /** ∂L/∂bₗ [units] */
  db: tf.Tensor1D;
}

export interface BackwardPass {
  /** ∂L/∂a_L, the loss's derivative at the output. */
  dOutput: tf.Tensor2D;
  layers: LayerGradients[];
}

/**
 * The chain rule, from the output back, given ∂L/∂a_L:
 *   ∂L/∂zₗ  = ∂L/∂aₗ ⊙ fₗ′(zₗ)
 *   ∂L/∂Wₗ  = aₗ₋₁ᵀ ∂L/∂zₗ,   ∂L/∂bₗ = Σ_rows ∂L/∂zₗ
 *   ∂L/∂aₗ₋₁ = ∂L/∂zₗ Wₗᵀ
 * No tidy of its own (callers wrap it); ∂L/∂a for hidden layers is left to the caller's tidy.
 */
export function backpropagate(net: Mlp, input: tf.Tensor2D, layers: readonly LayerActivity[], dOutput: tf.Tensor2D): LayerGradients[] {
  const grads: LayerGradients[] = new Array(net.depth);
  let dA = dOutput;
  for (let l = net.depth - 1; l >= 0; l--) {
    const { z, a } = layers[l];
    const prevA = l === 0 ? input : layers[l - 1].a;
    const dz = tf.mul(dA, ACTIVATIONS[net.config.layers[l].activation].der(z, a)) as tf.Tensor2D;
    grads[l] = { dz, dW: tf.matMul(prevA, dz, true, false), db: tf.sum(dz, 0) as tf.Tensor1D };
    if (l > 0) dA = tf.matMul(dz, net.weights[l], false, true);
  }
  return grads;
}

/**
 * ∂L/∂a_L = loss.der(a_L, T), then backpropagate(). The caller owns the result:
 * disposeBackward(grads).
 */
export function backward(net: Mlp, pass: ForwardPass, target: tf.Tensor2D, loss: LossName): BackwardPass {
  const flat = tf.tidy(() => {
    const dOutput = LOSSES[loss].der(pass.output, target);
    const grads = backpropagate(net, pass.input, pass.layers, dOutput);
    return [dOutput, ...grads.flatMap((g) => [g.dz, g.dW, g.db])];
  });
  const layers: LayerGradients[] = [];
  for (let i = 1; i < flat.length; i += 3) {
    layers.push({ dz: flat[i] as tf.Tensor2D, dW: flat[i + 1] as tf.Tensor2D, db: flat[i + 2] as tf.Tensor1D });
  }
  return { dOutput: flat[0] as tf.Tensor2D, layers };
}

export function disposeBackward(grads: BackwardPass): void {
  tf.dispose(grads.dOutput);
  for (const g of grads.layers) tf.dispose([g.dz, g.dW, g.db]);
}

/** L for a batch, as a number. */
export async function evaluateLoss(net: Mlp, x: tf.Tensor2D, target: tf.Tensor2D, loss: LossName): Promise<number> {
  const l = tf.tidy(() => LOSSES[loss].output(predict(net, x), target));
  const v = (await l.data())[0];
  l.dispose();
  return v;
}
