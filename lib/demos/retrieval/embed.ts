/**
 * A sentence vector from the mini BERT: the mean of the final hidden states (after the last
 * LayerNorm) over the text's characters — [CLS] left out —, the text cut to the model's context
 * (ctx − 1 = 63 characters) as encodeForBert cuts it. The same function makes the shipped
 * paragraph vectors (scripts/build-retrieval.ts, Node) and the query's (the page, on the demo's
 * backend). Every tensor is freed before it returns.
 */
import * as tf from '@tensorflow/tfjs-core';
import { encodeForBert, type EncoderModel } from '../../models/bert';
import { forward } from '../../models/transformer';

export interface SentenceVector {
  vector: Float32Array;
  /** Characters the model read, and those cut off at its context. */
  chars: number;
  truncated: number;
  unknown: string[];
}

export async function sentenceVector(model: EncoderModel, text: string): Promise<SentenceVector> {
  const { config } = model;
  const input = encodeForBert(model.vocab, text, config.ctx);
  const n = input.ids.length;
  const base = { chars: n - 1, truncated: input.truncated, unknown: input.unknown };
  if (n < 2) return { ...base, vector: new Float32Array(config.dModel) };
  const mean = tf.tidy(() => {
    const { hidden } = forward(model.params, config, tf.tensor2d([input.ids], [1, n], 'int32'));
    return tf.mean(tf.slice(hidden, [0, 1, 0], [1, n - 1, config.dModel]), [0, 1]);
  });
  try {
    return { ...base, vector: (await mean.data()) as Float32Array };
  } finally {
    mean.dispose();
  }
}
