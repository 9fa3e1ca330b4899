/**
 * The shape of a mini transformer and the ordered list of its parameters. One list serves three
 * purposes: initialising a model, writing its weights file, and checking a weights file on load.
 */
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

/** Throws a message naming the first impossible field. */
export function checkConfig(c: TransformerConfig): void {
  const ints: (keyof TransformerConfig)[] = ['vocabSize', 'ctx', 'dModel', 'nLayers', 'nHeads', 'dFF'];
  for (const k of ints) {
    const v = c[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`config.${k} must be a positive integer (got ${String(v)})`);
  }
  if (c.dModel % c.nHeads !== 0) throw new Error(`config.dModel ${c.dModel} is not divisible by nHeads ${c.nHeads}`);
  if (typeof c.causal !== 'boolean') throw new Error('config.causal must be true or false');
}
