/**
 * The explorer with the mini GPT's trained weights instead of random projections: the sentence's
 * characters go through the model up to the chosen layer (lib/demos/transformer-view's trace), and
 * that layer's real Q, K, V (X = LN₁ of the layer's input, times W_Q, W_K, W_V, plus biases) are
 * handed to the same scaled dot-product attention the random mode uses, with the explorer's own
 * mask and scaling switches; the heads' outputs are joined and multiplied by the layer's W_O.
 * Returns the random mode's AttentionRun, read back as plain numbers, every tensor disposed.
 */
import * as tf from '@tensorflow/tfjs-core';
import { disposeAttention, rowEntropy, scaledDotProductAttention } from '../../compute/attention/scaled-dot-product';
import type { TransformerConfig } from '../../models/config';
import type { Params } from '../../models/transformer';
import type { Vocab } from '../../models/vocab';
import { row, traceTransformer, type Grid } from '../transformer-view/engine';
import { readHead, type AttentionRun, type HeadRun } from './compute';

export interface GptWeights {
  params: Params;
  config: TransformerConfig;
  vocab: Vocab;
}

const rows = (g: Grid, from = 0, count = g.shape[g.shape.length - 1]): number[][] =>
  Array.from({ length: g.shape[0] }, (_, i) => Array.from(row(g, i).subarray(from, from + count)));

/** One run on layer `layer` (1-based) of the mini GPT; tokens are single characters ([UNK] if unknown). */
export async function computeGptAttention(model: GptWeights, tokens: readonly string[], layer: number, causal: boolean, scale: boolean): Promise<AttentionRun> {
  const { config } = model;
  if (tokens.length === 0) throw new Error('no tokens');
  if (layer < 1 || layer > config.nLayers) throw new Error(`the mini GPT has layers 1 to ${config.nLayers}`);
  const ids = tokens.map((t) => model.vocab.encode(t).ids[0]);
  const trace = await traceTransformer(model.params, config, ids);
  const lt = trace.layers[layer - 1];
  const H = config.nHeads;
  const dModel = config.dModel;
  const dk = dModel / H;
  const [q, k, v] = [lt.q, lt.k, lt.v].map((g) => rows(g));
  const perHead: HeadRun[] = [];
  for (let h = 0; h < H; h++) {
    const [qh, kh, vh] = [q, k, v].map((m) => m.map((r) => r.slice(h * dk, (h + 1) * dk)));
    const [tq, tk, tv] = [qh, kh, vh].map((m) => tf.tensor2d(m));
    const runs = [true, false].map((s) => scaledDotProductAttention(tq, tk, tv, { causal, scale: s }));
    const entropies = runs.map((r) => rowEntropy(r.weights));
    try {
      perHead.push(await readHead({ q: qh, k: kh, v: vh }, [runs[0], runs[1]], [entropies[0], entropies[1]], scale));
    } finally {
      runs.forEach(disposeAttention);
      tf.dispose([tq, tk, tv, ...entropies]);
    }
  }
  const joined = tf.tensor2d(tokens.map((_, i) => perHead.flatMap((hr) => hr.output[i])));
  const projected = tf.tidy(() => tf.add(tf.matMul(joined, model.params[`h${layer - 1}.attn.wo`] as tf.Tensor2D), model.params[`h${layer - 1}.attn.bo`]));
  try {
    const output = (await projected.array()) as number[][];
    return {
      tokens: [...tokens],
      dk,
      heads: H,
      causal,
      scale,
      seed: 0,
      dModel,
      e: rows(trace.tok),
      p: rows(trace.pos),
      x: rows(lt.ln1),
      perHead,
      output,
      gptLayer: layer,
    };
  } finally {
    tf.dispose([joined, projected]);
  }
}
