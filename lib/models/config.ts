/**
 * The shape of a mini transformer and the ordered list of its parameters. One list serves three
 * purposes: initialising a model, writing its weights file, and checking a weights file on load.
 */
import { z } from '@/lib/zod';

export interface TransformerConfig {
  /** Tokens in the vocabulary (specials + characters). */
  vocabSize: number;
  /** Longest input, in tokens (positions have learned embeddings 0…ctx−1). */
  ctx: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Width of each block's feed-forward layer (usually 4·dModel). */
  dFF: number;
  /** true: decoder (GPT), position i sees 0…i; false: encoder (BERT), every position sees all. */
  causal: boolean;
  /** Encoder only: classes of the classification head on [CLS] (0 = no head). */
  numClasses?: number;
  /** Encoder only: what the classification head reads, the [CLS] state (default) or the mean of all states. */
  pooling?: 'cls' | 'mean';
}

export type ParamShapes = [name: string, shape: number[]][];

export function parameterShapes(c: TransformerConfig): ParamShapes {
  const { vocabSize: v, ctx, dModel: d, dFF: f } = c;
  const list: ParamShapes = [
    ['tok_emb', [v, d]],
    ['pos_emb', [ctx, d]],
  ];
  for (let l = 0; l < c.nLayers; l++) {
    const p = `h${l}.`;
    list.push(
      [p + 'ln1.g', [d]], [p + 'ln1.b', [d]],
      [p + 'attn.wq', [d, d]], [p + 'attn.wk', [d, d]], [p + 'attn.wv', [d, d]],
      [p + 'attn.bq', [d]], [p + 'attn.bk', [d]], [p + 'attn.bv', [d]],
      [p + 'attn.wo', [d, d]], [p + 'attn.bo', [d]],
      [p + 'ln2.g', [d]], [p + 'ln2.b', [d]],
      [p + 'mlp.w1', [d, f]], [p + 'mlp.b1', [f]],
      [p + 'mlp.w2', [f, d]], [p + 'mlp.b2', [d]],
    );
  }
  list.push(['lnf.g', [d]], ['lnf.b', [d]]);
  if (!c.causal) {
    // the masked-character head: a transform, then the (tied) embedding matrix plus a bias
    list.push(['mlm.w', [d, d]], ['mlm.b', [d]], ['mlm.ln.g', [d]], ['mlm.ln.b', [d]], ['mlm.bias', [v]]);
    if (c.numClasses) list.push(['cls.w', [d, c.numClasses]], ['cls.b', [c.numClasses]]);
  }
  return list;
}

export function countParameters(c: TransformerConfig): number {
  return parameterShapes(c).reduce((s, [, shape]) => s + shape.reduce((a, b) => a * b, 1), 0);
}

/** An integer field of at least `min`, whose message names the field and the value found. */
const intField = (key: string, min: 0 | 1) => {
  const error = (issue: { input?: unknown }) => `config.${key} must be ${min ? 'a positive integer' : 'an integer ≥ 0'} (got ${String(issue.input)})`;
  return z.number({ error }).int({ error }).min(min, { error });
};

/** What a config must look like; the first issue's message names the field. */
export const configSchema = z
  .object({
    vocabSize: intField('vocabSize', 1),
    ctx: intField('ctx', 1),
    dModel: intField('dModel', 1),
    nLayers: intField('nLayers', 1),
    nHeads: intField('nHeads', 1),
    dFF: intField('dFF', 1),
    causal: z.boolean({ error: 'config.causal must be true or false' }),
    numClasses: intField('numClasses', 0).optional(),
    pooling: z.enum(['cls', 'mean'], { error: "config.pooling must be 'cls' or 'mean'" }).optional(),
  }, { error: 'config must be an object' })
  .refine((c) => c.dModel % c.nHeads === 0, {
    error: (issue) => {
      const c = issue.input as TransformerConfig;
      return `config.dModel ${c.dModel} is not divisible by nHeads ${c.nHeads}`;
    },
  }) satisfies z.ZodType<TransformerConfig>;

/** Throws a message naming the first impossible field. */
export function checkConfig(c: TransformerConfig): void {
  const result = configSchema.safeParse(c);
  if (!result.success) throw new Error(result.error.issues[0].message);
}
