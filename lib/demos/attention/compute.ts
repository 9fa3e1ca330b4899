/**
 * One run of the explorer: X = E + P → multi-head attention (lib/compute's MultiHeadAttention, whose
 * heads call scaledDotProductAttention), read back as plain numbers, every tensor disposed.
 * Runs on whatever backend tfjs has set.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as M from '../../compute/maths';
import { inputMatrices } from './embed';

type Matrix = number[][];

export interface AttentionInput {
  tokens: readonly string[];
  dk: number;
  heads: number;
  causal: boolean;
  scale: boolean;
  seed: number;
}

/** What one option of the ÷√d_k switch gives a head. */
export interface ScaleVariant {
  /** The matrix before the mask: QKᵀ/√d_k with scaling, QKᵀ without. */
  scaled: Matrix;
  weights: Matrix;
  /** Row entropy of the weights, nats. */
  entropy: number[];
}

export interface HeadRun {
  /** This head's columns of Q, K, V [n][d_k]. */
  q: Matrix;
  k: Matrix;
  v: Matrix;
  /** The named intermediates for the chosen options. */
  scores: Matrix;
  scaled: Matrix;
  masked: Matrix;
  weights: Matrix;
  output: Matrix;
  entropy: number[];
  /** Both settings of the scale switch, to compare how peaked softmax gets. */
  withScale: ScaleVariant;
  withoutScale: ScaleVariant;
}

export interface AttentionRun extends AttentionInput {
  dModel: number;
  e: Matrix;
  p: Matrix;
  x: Matrix;
  perHead: HeadRun[];
  /** concat(heads) · W_O [n][d_model] */
  output: Matrix;
  /** Set when the projections are the mini GPT's trained weights of this layer (1-based), not random. */
  gptLayer?: number;
}

const columns = (m: Matrix, from: number, count: number): Matrix => m.map((r) => r.slice(from, from + count));

/** One head's named intermediates as tensors (a MultiHeadAttention head, or scaledDotProductAttention's result). */
interface HeadTensors {
  scores: tf.Tensor;
  scaled: tf.Tensor;
  masked: tf.Tensor;
  weights: tf.Tensor;
  output: tf.Tensor;
}

/**
 * A head read back as plain numbers: its intermediates with (`runs[0]`) and without (`runs[1]`) the
 * ÷√d_k scaling and their row entropies; the chosen setting's become the head's own. Disposes nothing.
 */
export async function readHead(
  qkv: { q: Matrix; k: Matrix; v: Matrix },
  runs: readonly [HeadTensors, HeadTensors],
  entropies: readonly [tf.Tensor, tf.Tensor],
  scale: boolean,
): Promise<HeadRun> {
  const read = (t: tf.Tensor) => t.array() as Promise<Matrix>;
  const [withS, withoutS] = await Promise.all(
    runs.map(async (r, i) => {
      const [scores, scaled, masked, weights, output] = await Promise.all([r.scores, r.scaled, r.masked, r.weights, r.output].map(read));
      return { scores, scaled, masked, weights, output, entropy: (await entropies[i].array()) as number[] };
    }),
  );
  return {
    ...qkv,
    ...(scale ? withS : withoutS),
    withScale: { scaled: withS.scaled, weights: withS.weights, entropy: withS.entropy },
    withoutScale: { scaled: withoutS.scaled, weights: withoutS.weights, entropy: withoutS.entropy },
  };
}

/** Computes one run; leaves no tensor behind. */
export async function computeAttention(input: AttentionInput): Promise<AttentionRun> {
  const { tokens, dk, heads, causal, scale, seed } = input;
  if (tokens.length === 0) throw new Error('no tokens');
  const dModel = dk * heads;
  const { e, p, x } = inputMatrices(tokens, dModel);
  const mha = new M.MultiHeadAttention({ dModel, numHeads: heads }, M.createRng(seed));
  const xt = tf.tensor2d(x);
  const runs = [true, false].map((s) => mha.forward(xt, { causal, scale: s }));
  const entropies = runs.map((r) => r.heads.map((h) => M.rowEntropy(h.weights)));
  try {
    const read = (t: tf.Tensor) => t.array() as Promise<Matrix>;
    const chosenRun = runs[scale ? 0 : 1];
    const [q, k, v, output] = await Promise.all([chosenRun.q, chosenRun.k, chosenRun.v, chosenRun.output].map(read));
    const perHead = await Promise.all(
      runs[0].heads.map((withS, h) =>
        readHead(
          { q: columns(q, h * dk, dk), k: columns(k, h * dk, dk), v: columns(v, h * dk, dk) },
          [withS, runs[1].heads[h]],
          [entropies[0][h], entropies[1][h]],
          scale,
        ),
      ),
    );
    return { ...input, tokens: [...tokens], dModel, e, p, x, perHead, output };
  } finally {
    runs.forEach((r) => M.disposeMultiHead(r));
    tf.dispose(entropies.flat());
    tf.dispose(xt);
    mha.dispose();
  }
}
