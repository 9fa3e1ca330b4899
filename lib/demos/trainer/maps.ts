/**
 * Every neuron's output on a small grid, in plain JavaScript from the weights: 16 × 16 points × a
 * few hundred weights is about 0.1 M multiply-adds, less than a millisecond, and it needs no new
 * GPU kernel (on a software GPU each new shader took seconds to compile) and no read-back but the
 * weights themselves.
 */
import type { ActivationName } from '@/lib/compute/maths';

const ACT: Record<ActivationName, (z: number) => number> = {
  tanh: Math.tanh,
  relu: (z) => (z > 0 ? z : 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  linear: (z) => z,
};

export interface DenseLayer {
  /** Row-major [fanIn, units]. */
  w: ArrayLike<number>;
  b: ArrayLike<number>;
  units: number;
  activation: ActivationName;
}

/**
 * Outputs of all layers' units for `rows` inputs of `k` features (row-major), as one row-major
 * array [rows, Σ units] (layer after layer), the layout TrainerFrame.neurons has.
 */
export function neuronMaps(layers: readonly DenseLayer[], input: ArrayLike<number>, rows: number, k: number): Float32Array {
  const total = layers.reduce((s, l) => s + l.units, 0);
  const out = new Float32Array(rows * total);
  const widest = Math.max(k, ...layers.map((l) => l.units));
  let prev = new Float64Array(widest);
  let next = new Float64Array(widest);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < k; i++) prev[i] = input[r * k + i];
    let fanIn = k;
    let col = r * total;
    for (const { w, b, units, activation } of layers) {
      const f = ACT[activation];
      for (let j = 0; j < units; j++) {
        let z = b[j];
        for (let i = 0; i < fanIn; i++) z += prev[i] * w[i * units + j];
        next[j] = f(z);
        out[col++] = next[j];
      }
      [prev, next] = [next, prev];
      fanIn = units;
    }
  }
  return out;
}
