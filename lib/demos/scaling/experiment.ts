/**
 * The book's own scaling experiment (chapter 9, 趋势一; docs/scaling.md): what `npm run
 * train:scaling` trains and what it ships in public/models/scaling.json, shared by the script
 * (scripts/train-scaling.ts), the demo and the tests.
 *
 * Seven mini GPTs of the same shape family (the shipped mini GPT's recipe: pre-LayerNorm blocks,
 * d_ff = 4·d_model, tied embeddings) from d_model 8 to 96, all trained on the same number of
 * characters of the book, seeded, on tfjs wasm in Node (one thread), each at three learning rates.
 */
import { z } from '@/lib/zod';
import { countParameters, type TransformerConfig } from '@/lib/models/config';

export const SCALING_FORMAT = 'book-scaling';
export const SCALING_VERSION = 1;
export const SCALING_SEED = 20261202;

/** The ladder: d_model, layers, heads. Non-embedding parameters span about 400×. */
export const SIZES = [
  { dModel: 8, nLayers: 1, nHeads: 2 },
  { dModel: 16, nLayers: 1, nHeads: 2 },
  { dModel: 24, nLayers: 2, nHeads: 2 },
  { dModel: 32, nLayers: 2, nHeads: 4 },
  { dModel: 48, nLayers: 2, nHeads: 4 },
  { dModel: 64, nLayers: 3, nHeads: 4 },
  { dModel: 96, nLayers: 3, nHeads: 4 },
] as const;

/** The same token budget for every size: steps × batch × context characters. */
export const BUDGET = { steps: 600, batch: 16, ctx: 32, warmup: 30, evalEvery: 50 } as const;

/**
 * The peak learning rates tried for every size; each size ships the run with the lowest final
 * held-out loss (the papers tune the learning rate per size too). One rate for all sizes was tried
 * first and made the ranking depend on which runs happened to leave the early plateau in time.
 */
export const LEARNING_RATES = [2e-3, 4e-3, 8e-3] as const;

export function scalingConfig(size: (typeof SIZES)[number], vocabSize: number): TransformerConfig {
  return { vocabSize, ctx: BUDGET.ctx, dModel: size.dModel, nLayers: size.nLayers, nHeads: size.nHeads, dFF: 4 * size.dModel, causal: true };
}

/** Parameters without the token and position embeddings (Kaplan et al.'s N). */
export function nonEmbeddingParameters(c: TransformerConfig): number {
  return countParameters(c) - c.vocabSize * c.dModel - c.ctx * c.dModel;
}

/** Training compute in FLOPs by the usual estimate C ≈ 6·N·D (N non-embedding, D characters seen). */
export const trainingFlops = (nonEmbedding: number, tokens: number) => 6 * nonEmbedding * tokens;

const point = z.tuple([z.number().int().positive(), z.number().positive(), z.number().positive()]);

export const scalingRunSchema = z.object({
  dModel: z.number().int().positive(),
  nLayers: z.number().int().positive(),
  nHeads: z.number().int().positive(),
  parameters: z.number().int().positive(),
  nonEmbedding: z.number().int().positive(),
  /** The best of LEARNING_RATES for this size: the run shipped below. */
  learningRate: z.number().positive(),
  /** Every learning rate tried and its final held-out loss. */
  trials: z.array(z.object({ learningRate: z.number().positive(), heldOut: z.number().positive() })).min(1),
  seconds: z.number().nonnegative(),
  /** [step, mean training loss since the previous point, held-out loss], nats per character. */
  curve: z.array(point).min(1),
});

export const scalingFileSchema = z.object({
  format: z.literal(SCALING_FORMAT),
  version: z.literal(SCALING_VERSION),
  seed: z.number().int(),
  backend: z.string(),
  corpus: z.object({ hash: z.string(), trainChars: z.number().int(), heldOutChars: z.number().int(), vocabSize: z.number().int() }),
  budget: z.object({ steps: z.number().int(), batch: z.number().int(), ctx: z.number().int(), warmup: z.number().int(), evalEvery: z.number().int() }),
  heldOutWindows: z.number().int().positive(),
  runs: z.array(scalingRunSchema).min(2),
});

export type ScalingRun = z.infer<typeof scalingRunSchema>;
export type ScalingFile = z.infer<typeof scalingFileSchema>;

/** The run's final held-out loss (the last point of its curve). */
export const finalLoss = (r: ScalingRun) => r.curve[r.curve.length - 1][2];
