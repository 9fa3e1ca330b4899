/**
 * Scaled dot-product attention, Attention(Q, K, V) = softmax(QKᵀ/√d_k + M) V, returning every named
 * intermediate so a view can show each stage (as poloclub/transformer-explainer does).
 */
import * as tf from '@tensorflow/tfjs-core';

/** What the causal mask adds above the diagonal: large and negative, so softmax gives 0 there. */
export const MASK_VALUE = -1e9;

export interface AttentionResult {
  /** QKᵀ [n, m] */
  scores: tf.Tensor2D;
  /** QKᵀ/√d_k [n, m] */
  scaled: tf.Tensor2D;
  /** scaled, with MASK_VALUE where query i may not see key j > i (a copy of scaled without a mask) */
  masked: tf.Tensor2D;
  /** softmax of each row of masked [n, m]; rows sum to 1 */
  weights: tf.Tensor2D;
  /** weights · V [n, d_v] */
  output: tf.Tensor2D;
}

export interface AttentionOptions {
  /** Query i sees keys 0…i only. Needs n = m. */
  causal?: boolean;
  /** Divide by √d_k (default true); false shows why the scaling matters. */
  scale?: boolean;
}

/** 1 where j ≤ i (allowed), 0 above the diagonal; shape [n, m]. */
export function causalMask(n: number, m: number): tf.Tensor2D {
  return tf.tidy(() => tf.linalg.bandPart(tf.ones([n, m]), -1, 0) as tf.Tensor2D);
}

/** Q [n, d_k], K [m, d_k], V [m, d_v]. The caller owns the result: disposeAttention(r). */
export function scaledDotProductAttention(
  q: tf.Tensor2D,
  k: tf.Tensor2D,
  v: tf.Tensor2D,
  options: AttentionOptions = {},
): AttentionResult {
  const [n, dk] = q.shape;
  const m = k.shape[0];
  if (k.shape[1] !== dk) throw new Error(`Q has d_k=${dk} but K has ${k.shape[1]}`);
  if (v.shape[0] !== m) throw new Error(`K has ${m} rows but V has ${v.shape[0]}`);
  if (options.causal && n !== m) throw new Error('a causal mask needs as many queries as keys');
  const [scores, scaled, masked, weights, output] = tf.tidy(() => {
    const scores = tf.matMul(q, k, false, true);
    const scaled = options.scale === false ? tf.clone(scores) : tf.div(scores, tf.scalar(Math.sqrt(dk)));
    const masked = options.causal
      ? tf.where(tf.cast(causalMask(n, m), 'bool'), scaled, tf.fill([n, m], MASK_VALUE))
      : tf.clone(scaled);
    const weights = tf.softmax(masked);
    const output = tf.matMul(weights, v);
    return [scores, scaled, masked, weights, output] as tf.Tensor2D[];
  });
  return { scores, scaled, masked, weights, output };
}

export function disposeAttention(r: AttentionResult): void {
  tf.dispose([r.scores, r.scaled, r.masked, r.weights, r.output]);
}

/**
 * Entropy of each row of a probability matrix, −Σ p ln p in nats (0·ln 0 = 0): 0 for a one-hot row,
 * ln m for a uniform one. Large unscaled scores make softmax peaked, so the entropy collapses.
 */
export function rowEntropy(weights: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const p = weights;
    const plogp = tf.where(tf.greater(p, tf.scalar(0)), tf.mul(p, tf.log(tf.maximum(p, tf.scalar(1e-30)))), tf.zerosLike(p));
    return tf.neg(tf.sum(plogp, 1)) as tf.Tensor1D;
  });
}

/** The causal mask as an additive bias [n, n]: 0 where key j ≤ query i, MASK_VALUE above the diagonal. */
export function causalBias(n: number): tf.Tensor2D {
  return tf.tidy(() => tf.mul(tf.sub(tf.scalar(1), causalMask(n, n)), tf.scalar(MASK_VALUE)) as tf.Tensor2D);
}

/**
 * The same formula for a whole batch of heads, as a model uses it: q [..., n, d_k], k [..., m, d_k],
 * v [..., m, d_v] with equal leading dimensions (batch, head); `bias` [n, m] (e.g. causalBias) is added
 * to every score matrix before the softmax. Differentiable; returns only the weights [..., n, m] and
 * the output [..., n, d_v], which the caller owns.
 */
export function batchedAttention<R extends tf.Rank>(
  q: tf.Tensor<R>,
  k: tf.Tensor<R>,
  v: tf.Tensor<R>,
  bias?: tf.Tensor2D,
): { weights: tf.Tensor<R>; output: tf.Tensor<R> } {
  const dk = q.shape[q.rank - 1];
  if (k.shape[k.rank - 1] !== dk) throw new Error(`Q has d_k=${dk} but K has ${k.shape[k.rank - 1]}`);
  const [weights, output] = tf.tidy(() => {
    let scores = tf.div(tf.matMul(q, k, false, true), tf.scalar(Math.sqrt(dk)));
    if (bias) scores = tf.add(scores, bias);
    const weights = tf.softmax(scores);
    return [weights, tf.matMul(weights, v)];
  });
  return { weights: weights as tf.Tensor<R>, output: output as tf.Tensor<R> };
}
