/**
 * The mini GPT's forward pass with every stage kept: for a prompt's ids, the token and position
 * embeddings, then per layer LayerNorm → Q, K, V → QKᵀ → softmax with the causal mask → the heads'
 * weighted sums → output projection → residual → LayerNorm → GELU(h W₁ + b₁) → W₂ → residual, then
 * the final LayerNorm and the logits of every position. The same ops as lib/models/transformer.ts
 * `forward` (its layerNorm and gelu, the compute core's batchedAttention and causalBias), on the
 * current backend; every tensor is disposed, and what comes back is plain arrays with their shapes.
 * Then the last step in plain JavaScript: temperature and top_p (lib/models/sampling.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import { batchedAttention, causalBias } from '../../compute/attention/scaled-dot-product';
import { createRng } from '../../compute/random';
import type { TransformerConfig } from '../../models/config';
import { chooseToken, softmaxT, topK } from '../../models/sampling';
import { gelu, layerNorm, lmLogits, type Params } from '../../models/transformer';
import { SPECIALS } from '../../models/vocab';

/** A tensor read back: row-major values and the shape. */
export interface Grid {
  shape: number[];
  data: Float32Array;
}

export interface LayerTrace {
  /** LN₁(x) [T, d] */
  ln1: Grid;
  /** LN₁(x) W_Q + b_Q, and K, V [T, d] (head h is columns h·d_k … (h+1)·d_k − 1) */
  q: Grid;
  k: Grid;
  v: Grid;
  /** QKᵀ per head, before scaling [H, T, T] */
  scores: Grid;
  /** softmax(QKᵀ/√d_k + M) per head [H, T, T]: zero above the diagonal */
  weights: Grid;
  /** The heads' weighted sums of V, side by side [T, d] */
  heads: Grid;
  /** Output projection: heads W_O + b_O [T, d] */
  proj: Grid;
  /** x + proj [T, d] */
  resid1: Grid;
  /** LN₂ [T, d] */
  ln2: Grid;
  /** GELU(LN₂ W₁ + b₁) [T, d_ff] */
  ff: Grid;
  /** ff W₂ + b₂ [T, d] */
  mlp: Grid;
  /** resid1 + mlp [T, d]: the next layer's input */
  resid2: Grid;
}

export interface Trace {
  ids: number[];
  /** Token embeddings E[id] [T, d] */
  tok: Grid;
  /** Position embeddings P[t] [T, d] */
  pos: Grid;
  /** tok + pos [T, d] */
  embed: Grid;
  layers: LayerTrace[];
  /** Final LayerNorm [T, d] */
  final: Grid;
  /** final · Eᵀ (tied embeddings) [T, V]: row t scores the character after position t */
  logits: Grid;
}

const LAYER_KEYS = ['ln1', 'q', 'k', 'v', 'scores', 'weights', 'heads', 'proj', 'resid1', 'ln2', 'ff', 'mlp', 'resid2'] as const;

/** Row i of a [rows, cols] grid (or of the last two axes' matrix `m` of a 3-D grid). */
export function row(g: Grid, i: number, m = 0): Float32Array {
  const cols = g.shape[g.shape.length - 1];
  const rows = g.shape.length === 3 ? g.shape[1] : g.shape[0];
  const at = (m * rows + i) * cols;
  return g.data.subarray(at, at + cols);
}

/** Every stage of the forward pass for one prompt (1 … ctx ids). */
export async function traceTransformer(params: Params, config: TransformerConfig, ids: readonly number[]): Promise<Trace> {
  const T = ids.length;
  const { dModel: d, nHeads: H, nLayers: L, vocabSize: V } = config;
  if (!config.causal) throw new Error('the trace is of a causal (GPT) model');
  if (T < 1 || T > config.ctx) throw new Error(`a prompt of ${T} tokens: 1 to ${config.ctx} are traced`);
  if (ids.some((id) => !Number.isInteger(id) || id < 0 || id >= V)) throw new Error('an id is outside the vocabulary');
  const dk = d / H;
  const named = tf.tidy(() => {
    const out: tf.Tensor[] = [];
    const dense = (x: tf.Tensor, w: string, b: string) => tf.add(tf.matMul(x as tf.Tensor2D, params[w] as tf.Tensor2D), params[b]);
    const heads = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [T, H, dk]), [1, 0, 2]) as tf.Tensor3D;
    const tok = tf.gather(params.tok_emb, tf.tensor1d(ids as number[], 'int32'));
    const pos = tf.slice(params.pos_emb, [0, 0], [T, d]);
    let x = tf.add(tok, pos);
    out.push(tok, pos, x);
    const bias = causalBias(T);
    for (let l = 0; l < L; l++) {
      const p = (n: string) => `h${l}.${n}`;
      const ln1 = layerNorm(x, params[p('ln1.g')], params[p('ln1.b')]);
      const q = dense(ln1, p('attn.wq'), p('attn.bq'));
      const k = dense(ln1, p('attn.wk'), p('attn.bk'));
      const v = dense(ln1, p('attn.wv'), p('attn.bv'));
      const scores = tf.matMul(heads(q), heads(k), false, true);
      const att = batchedAttention(heads(q), heads(k), heads(v), bias);
      const merged = tf.reshape(tf.transpose(att.output, [1, 0, 2]), [T, d]);
      const proj = dense(merged, p('attn.wo'), p('attn.bo'));
      const resid1 = tf.add(x, proj);
      const ln2 = layerNorm(resid1, params[p('ln2.g')], params[p('ln2.b')]);
      const ff = gelu(dense(ln2, p('mlp.w1'), p('mlp.b1')));
      const mlp = dense(ff, p('mlp.w2'), p('mlp.b2'));
      x = tf.add(resid1, mlp);
      out.push(ln1, q, k, v, scores, att.weights, merged, proj, resid1, ln2, ff, mlp, x);
    }
    const final = layerNorm(x, params['lnf.g'], params['lnf.b']);
    out.push(final, lmLogits(params, config, final as tf.Tensor2D));
    return out;
  });
  try {
    const data = await Promise.all(named.map((t) => t.data<'float32'>()));
    const grid = (i: number): Grid => ({ shape: named[i].shape.slice(), data: data[i] });
    const layers: LayerTrace[] = [];
    for (let l = 0; l < L; l++) {
      const base = 3 + l * LAYER_KEYS.length;
      layers.push(Object.fromEntries(LAYER_KEYS.map((key, j) => [key, grid(base + j)])) as unknown as LayerTrace);
    }
    const end = 3 + L * LAYER_KEYS.length;
    return { ids: [...ids], tok: grid(0), pos: grid(1), embed: grid(2), layers, final: grid(end), logits: grid(end + 1) };
  } finally {
    tf.dispose(named);
  }
}

/** The special tokens are never chosen (as in generate()). */
export const BANNED: readonly number[] = SPECIALS.map((_, i) => i);

export interface NextChoice {
  /** The 5 most probable after temperature and top_p (ids and probabilities). */
  top: { id: number; p: number }[];
  /** Probabilities at temperature 1, no top_p, for the same 5 ids. */
  raw: number[];
  /** The most probable character (the logits' argmax over the characters). */
  best: number;
  /** The one drawn with the given seed (= best at temperature 0). */
  sampled: number;
  /** How many characters top_p kept. */
  kept: number;
}

/** The last stage: logits → softmax(logits / T) → top_p → a draw (seeded), as generate() draws. */
export function nextChoice(logits: ArrayLike<number>, temperature: number, topP: number, seed: number): NextChoice {
  const choice = chooseToken(logits, { temperature, topP, banned: BANNED }, createRng(seed >>> 0));
  const top = topK(choice.probs, 5).filter((c, i) => i === 0 || c.p > 0);
  const plain = softmaxT(logits, 1, BANNED);
  const best = topK(plain, 1)[0].id;
  return { top, raw: top.map((c) => plain[c.id]), best, sampled: choice.id, kept: choice.kept };
}

/** Largest |a − b|: the trace's last logits against nextToken's. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
