/**
 * Multi-head attention with learned projections: Q = XW_Q, K = XW_K, V = XW_V, split into h heads
 * of d_k = d_model/h columns, attention per head, concatenate, project with W_O.
 */
import * as tf from '@tensorflow/tfjs-core';
import { normalArray, type Rng } from '../random';
import { disposeAttention, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from './scaled-dot-product';

export interface MultiHeadConfig {
  dModel: number;
  numHeads: number;
}

export interface MultiHeadResult {
  q: tf.Tensor2D;
  k: tf.Tensor2D;
  v: tf.Tensor2D;
  /** One AttentionResult per head (each over its d_k-column slice). */
  heads: AttentionResult[];
  /** Heads' outputs side by side [n, d_model] */
  concat: tf.Tensor2D;
  /** concat · W_O [n, d_model] */
  output: tf.Tensor2D;
}

export class MultiHeadAttention {
  readonly wq: tf.Tensor2D;
  readonly wk: tf.Tensor2D;
  readonly wv: tf.Tensor2D;
  readonly wo: tf.Tensor2D;

  /** Projections normal with std 1/√d_model, from the given generator. */
  constructor(readonly config: MultiHeadConfig, rng: Rng) {
    const { dModel, numHeads } = config;
    if (dModel % numHeads !== 0) throw new Error(`d_model ${dModel} is not divisible by ${numHeads} heads`);
    const make = () => tf.tensor2d(normalArray(rng, dModel * dModel, 1 / Math.sqrt(dModel)), [dModel, dModel]);
    this.wq = make();
    this.wk = make();
    this.wv = make();
    this.wo = make();
  }

  get dk(): number {
    return this.config.dModel / this.config.numHeads;
  }

  /** x [n, d_model]. The caller owns the result: disposeMultiHead(r). */
  forward(x: tf.Tensor2D, options: AttentionOptions = {}): MultiHeadResult {
    const dk = this.dk;
    const [q, k, v] = tf.tidy(() => [tf.matMul(x, this.wq), tf.matMul(x, this.wk), tf.matMul(x, this.wv)]) as tf.Tensor2D[];
    const heads: AttentionResult[] = [];
    for (let h = 0; h < this.config.numHeads; h++) {
      const [qh, kh, vh] = [q, k, v].map((t) => tf.slice(t, [0, h * dk], [-1, dk]) as tf.Tensor2D);
      heads.push(scaledDotProductAttention(qh, kh, vh, options));
      tf.dispose([qh, kh, vh]);
    }
    const concat = tf.concat(heads.map((r) => r.output), 1) as tf.Tensor2D;
    const output = tf.matMul(concat, this.wo) as tf.Tensor2D;
    return { q, k, v, heads, concat, output };
  }

  dispose(): void {
    tf.dispose([this.wq, this.wk, this.wv, this.wo]);
  }
}

export function disposeMultiHead(r: MultiHeadResult): void {
  tf.dispose([r.q, r.k, r.v, r.concat, r.output]);
  r.heads.forEach(disposeAttention);
}
