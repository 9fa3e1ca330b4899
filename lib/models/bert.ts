/**
 * The mini BERT at work: fill in [MASK]ed characters, and say which chapter a sentence is from.
 * Input is [CLS] followed by the characters (at most ctx − 1 of them).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TransformerConfig } from './config';
import { softmaxT, topK } from './sampling';
import { attentionMaps, classLogits, forward, lmLogits, type Params } from './transformer';
import { CLS, MASK, SPECIALS, type Vocab } from './vocab';

export interface EncoderModel {
  params: Params;
  config: TransformerConfig;
  vocab: Vocab;
  /** Class names of the classification head, index order (id2label). */
  labels: readonly string[];
}

export interface BertInput {
  /** [CLS] + character ids. */
  ids: number[];
  /** The pieces after [CLS]: one character or "[MASK]" each. */
  pieces: string[];
  /** Characters not in the vocabulary (each became [UNK]). */
  unknown: string[];
  /** How many characters were cut off to fit the context. */
  truncated: number;
}

/** Text with literal "[MASK]" markers → model input. */
export function encodeForBert(vocab: Vocab, text: string, ctx: number): BertInput {
  const pieces: string[] = [];
  text.split(MASK).forEach((part, i) => {
    if (i > 0) pieces.push(MASK);
    pieces.push(...Array.from(part));
  });
  const room = ctx - 1;
  const truncated = Math.max(0, pieces.length - room);
  const kept = pieces.slice(0, room);
  const unknown = new Set<string>();
  const ids = [vocab.id(CLS)];
  for (const p of kept) {
    if (p === MASK) ids.push(vocab.id(MASK));
    else {
      const { ids: one, unknown: u } = vocab.encode(p);
      ids.push(one[0]);
      u.forEach((c) => unknown.add(c));
    }
  }
  return { ids, pieces: kept, unknown: [...unknown], truncated };
}

export interface MaskPrediction {
  /** Index in BertInput.pieces. */
  position: number;
  top: { token: string; id: number; p: number }[];
}

const NOT_CHARS = SPECIALS.map((_, i) => i);

/** For every [MASK] in the text, the k most probable characters (specials excluded). */
export async function fillMask(model: EncoderModel, text: string, k = 5): Promise<MaskPrediction[]> {
  const input = encodeForBert(model.vocab, text, model.config.ctx);
  const maskId = model.vocab.id(MASK);
  const positions = input.ids.map((id, i) => (id === maskId ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return [];
  const logits = tf.tidy(() => {
    const { hidden } = forward(model.params, model.config, tf.tensor2d([input.ids], [1, input.ids.length], 'int32'));
    const rows = tf.gather(tf.reshape(hidden, [input.ids.length, model.config.dModel]), tf.tensor1d(positions, 'int32')) as tf.Tensor2D;
    return lmLogits(model.params, model.config, rows);
  });
  const data = await logits.data<'float32'>();
  logits.dispose();
  const V = model.config.vocabSize;
  return positions.map((pos, r) => {
    const probs = softmaxT(data.subarray(r * V, (r + 1) * V), 1, NOT_CHARS);
    return { position: pos - 1, top: topK(probs, k).map(({ id, p }) => ({ id, p, token: model.vocab.tokenText(id) })) };
  });
}

export interface Classification {
  logits: number[][];
  probs: number[][];
  id2label: readonly string[];
  inputs: BertInput[];
}

/** Chapter probabilities for each text (one forward pass per text: lengths differ, nothing is padded). */
export async function classify(model: EncoderModel, texts: readonly string[]): Promise<Classification> {
  const out: Classification = { logits: [], probs: [], id2label: model.labels, inputs: [] };
  for (const text of texts) {
    const input = encodeForBert(model.vocab, text, model.config.ctx);
    const logits = tf.tidy(() => {
      const { hidden } = forward(model.params, model.config, tf.tensor2d([input.ids], [1, input.ids.length], 'int32'));
      return classLogits(model.params, model.config, hidden);
    });
    const row = Array.from(await logits.data());
    logits.dispose();
    out.logits.push(row);
    out.probs.push(Array.from(softmaxT(row)));
    out.inputs.push(input);
  }
  return out;
}

/** Attention of every layer and head over the encoded text ([CLS] included as position 0). */
export async function bertAttention(model: EncoderModel, text: string): Promise<{ input: BertInput; maps: Float32Array[][] }> {
  const input = encodeForBert(model.vocab, text, model.config.ctx);
  return { input, maps: await attentionMaps(model.params, model.config, input.ids) };
}
