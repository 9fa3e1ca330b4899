/**
 * A mini transformer in tfjs-core ops, pre-LayerNorm as in GPT-2:
 *   x ← x + Attention(LN(x)),  x ← x + FFN(LN(x)),  FFN(h) = GELU(h W₁ + b₁) W₂ + b₂,
 * with learned token and position embeddings and a final LN. The same code is the decoder of the mini
 * GPT (causal mask) and the encoder of the mini BERT (no mask): only `config.causal` differs.
 * The attention itself is the compute core's `batchedAttention` (chapter 5's formula).
 */
import * as tf from '@tensorflow/tfjs-core';
import { batchedAttention, causalBias } from '../compute/attention/scaled-dot-product';
import { normalArray, type Rng } from '../compute/random';
import { checkConfig, parameterShapes, type TransformerConfig } from './config';

export type Params = Record<string, tf.Tensor>;

export interface ForwardOptions {
  /** Keep each layer's attention weights [B, H, T, T] (the caller disposes them). */
  attention?: boolean;
  /**
   * Look embeddings up with oneHot·E instead of gather. Training on wasm needs it: the gradient of
   * gather uses a kernel (UnsortedSegmentSum) that the wasm backend lacks.
   */
  oneHotEmbedding?: boolean;
  /**
   * Training only: drop this fraction of the embeddings and of each residual branch's output (the
   * attention projection and the MLP), seeded so that a run reproduces.
   */
  dropout?: { rate: number; seed: number };
}

export interface ForwardResult {
  /** Final hidden states after the last LayerNorm [B, T, d]. */
  hidden: tf.Tensor3D;
  /** Per layer [B, H, T, T], only with options.attention. */
  attention: tf.Tensor4D[];
}

/** GPT-2's initialisation: N(0, 0.02²), the residual projections scaled by 1/√(2L); LN γ=1, β=0; biases 0. */
export function initParams(config: TransformerConfig, rng: Rng): Params {
  checkConfig(config);
  const params: Params = {};
  for (const [name, shape] of parameterShapes(config)) {
    const size = shape.reduce((a, b) => a * b, 1);
    let values: Float32Array;
    if (/\.g$/.test(name)) values = new Float32Array(size).fill(1);
    else if (shape.length === 1) values = new Float32Array(size);
    else {
      const residual = /attn\.wo|mlp\.w2/.test(name);
      values = normalArray(rng, size, residual ? 0.02 / Math.sqrt(2 * config.nLayers) : 0.02);
    }
    params[name] = tf.tensor(values, shape);
  }
  return params;
}

export function disposeParams(params: Params): void {
  tf.dispose(Object.values(params));
}

/** LayerNorm over the last axis, ε = 1e-5. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const mean = tf.mean(x, -1, true);
    const centred = tf.sub(x, mean);
    const variance = tf.mean(tf.square(centred), -1, true);
    return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, tf.scalar(1e-5)))), gamma), beta);
  });
}

/** GELU, tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
export function gelu(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const inner = tf.mul(tf.add(x, tf.mul(tf.mul(tf.mul(x, x), x), tf.scalar(0.044715))), tf.scalar(Math.sqrt(2 / Math.PI)));
    return tf.mul(tf.mul(x, tf.scalar(0.5)), tf.add(tf.scalar(1), tf.tanh(inner)));
  });
}

/**
 * a [n, k] · b [k, m] whose gradients use explicit transposes. tfjs's own gradient of matMul passes
 * transpose flags, and the wasm backend multiplies a flagged matrix about 10× slower (1.6 against
 * 15 GFLOP/s here, [1024, 384]ᵀ·[1024, 96]); transposing first keeps every product on the fast path.
 */
export const matMul2d = tf.customGrad(((a: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
  save([a, b]);
  return {
    value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, [sa, sb]: tf.Tensor[]) => [
      tf.matMul(dy as tf.Tensor2D, tf.transpose(sb) as tf.Tensor2D),
      tf.matMul(tf.transpose(sa) as tf.Tensor2D, dy as tf.Tensor2D),
    ],
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

/** x [N, a] · w [a, b] + bias [b]. */
function dense(x: tf.Tensor, w: tf.Tensor, b: tf.Tensor): tf.Tensor2D {
  return tf.add(matMul2d(x as tf.Tensor2D, w as tf.Tensor2D), b) as tf.Tensor2D;
}

/** ids [B, T] int32 → hidden states. Throws if T exceeds the context or an id is outside the vocabulary. */
export function forward(params: Params, config: TransformerConfig, ids: tf.Tensor2D, options: ForwardOptions = {}): ForwardResult {
  const [B, T] = ids.shape;
  const { dModel: d, nHeads: H } = config;
  const dk = d / H;
  if (T > config.ctx) throw new Error(`input of ${T} tokens is longer than the context of ${config.ctx}`);
  if (ids.dtype !== 'int32') throw new Error('ids must be int32');
  const attention: tf.Tensor4D[] = [];
  let site = 0;
  const drop = <T extends tf.Tensor>(t: T): T =>
    options.dropout && options.dropout.rate > 0 ? (tf.dropout(t, options.dropout.rate, undefined, options.dropout.seed * 64 + site++) as T) : t;
  const hidden = tf.tidy(() => {
    const flatIds = tf.reshape(ids, [B * T]) as tf.Tensor1D;
    const tok = options.oneHotEmbedding
      ? matMul2d(tf.oneHot(flatIds, config.vocabSize) as tf.Tensor2D, params.tok_emb as tf.Tensor2D)
      : tf.gather(params.tok_emb, flatIds);
    const pos = tf.slice(params.pos_emb, [0, 0], [T, d]);
    let x = drop(tf.add(tf.reshape(tok, [B, T, d]), pos) as tf.Tensor3D);
    const bias = config.causal ? causalBias(T) : undefined;
    const heads = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [B, T, H, dk]), [0, 2, 1, 3]) as tf.Tensor4D;
    for (let l = 0; l < config.nLayers; l++) {
      const p = (n: string) => params[`h${l}.${n}`];
      const h = tf.reshape(layerNorm(x, p('ln1.g'), p('ln1.b')), [B * T, d]);
      const q = heads(dense(h, p('attn.wq'), p('attn.bq')));
      const k = heads(dense(h, p('attn.wk'), p('attn.bk')));
      const v = heads(dense(h, p('attn.wv'), p('attn.bv')));
      const att = batchedAttention(q, k, v, bias);
      if (options.attention) attention.push(tf.keep(att.weights));
      const merged = tf.reshape(tf.transpose(att.output, [0, 2, 1, 3]), [B * T, d]);
      x = tf.add(x, tf.reshape(drop(dense(merged, p('attn.wo'), p('attn.bo'))), [B, T, d]));
      const h2 = tf.reshape(layerNorm(x, p('ln2.g'), p('ln2.b')), [B * T, d]);
      const ff = dense(gelu(dense(h2, p('mlp.w1'), p('mlp.b1'))), p('mlp.w2'), p('mlp.b2'));
      x = tf.add(x, tf.reshape(drop(ff), [B, T, d]));
    }
    return layerNorm(x, params['lnf.g'], params['lnf.b']) as tf.Tensor3D;
  });
  return { hidden, attention };
}

/** Language-model logits for every given hidden state: h [N, d] → [N, V] (tied embeddings). */
export function lmLogits(params: Params, config: TransformerConfig, h: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const embT = tf.transpose(params.tok_emb) as tf.Tensor2D;
    if (config.causal) return matMul2d(h, embT);
    const t = layerNorm(gelu(dense(h, params['mlm.w'], params['mlm.b'])), params['mlm.ln.g'], params['mlm.ln.b']);
    return tf.add(matMul2d(t as tf.Tensor2D, embT), params['mlm.bias']) as tf.Tensor2D;
  });
}

/**
 * Classification logits: hidden [B, T, d] → [B, K], from the [CLS] state (position 0) or, with
 * config.pooling 'mean', from the mean of every position's state (inputs are never padded).
 */
export function classLogits(params: Params, config: TransformerConfig, hidden: tf.Tensor3D): tf.Tensor2D {
  if (config.causal || !config.numClasses) throw new Error('this model has no classification head');
  return tf.tidy(() => {
    const [B, , d] = hidden.shape;
    const pooled = config.pooling === 'mean' ? tf.mean(hidden, 1) : tf.reshape(tf.slice(hidden, [0, 0, 0], [B, 1, d]), [B, d]);
    return dense(tf.tanh(pooled), params['cls.w'], params['cls.b']);
  });
}

/** Mean cross-entropy (nats) of logits [N, V] against integer targets [N]; positions with weight 0 are ignored. */
export function crossEntropy(logits: tf.Tensor2D, targets: tf.Tensor1D, weights?: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const logp = tf.logSoftmax(logits);
    const picked = tf.sum(tf.mul(logp, tf.oneHot(targets, logits.shape[1])), 1);
    if (!weights) return tf.neg(tf.mean(picked)) as tf.Scalar;
    return tf.neg(tf.div(tf.sum(tf.mul(picked, weights)), tf.maximum(tf.sum(weights), tf.scalar(1)))) as tf.Scalar;
  });
}

/** Every layer's attention for one input, read back: [layer][head] → row-major T×T weights. */
export async function attentionMaps(params: Params, config: TransformerConfig, ids: readonly number[]): Promise<Float32Array[][]> {
  const x = tf.tensor2d([ids as number[]], [1, ids.length], 'int32');
  const { hidden, attention } = forward(params, config, x, { attention: true });
  try {
    const T = ids.length;
    const data = await Promise.all(attention.map((a) => a.data<'float32'>()));
    return data.map((d) => Array.from({ length: config.nHeads }, (_, h) => d.slice(h * T * T, (h + 1) * T * T)));
  } finally {
    tf.dispose([x, hidden, ...attention]);
  }
}
