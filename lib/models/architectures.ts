/**
 * A transformer's parameter count, component by component, from its shape and a few switches
 * (GPT-2's GELU MLP and LayerNorm with biases; LLaMA's SwiGLU MLP, RMSNorm and no biases; BERT's
 * token-type embeddings and pooler). Pure arithmetic, shared by the chapter 1 size calculator and
 * the chapter 10 memory calculator. Sources of the published counts: docs/model-sizes.md.
 *
 * Per block: two norms, attention (Q, K, V and output: 4·d² weights), an MLP (GELU: d×f and f×d;
 * SwiGLU: gate, up and down, 3·d·f). Outside the blocks: token embeddings V·d, learned positions
 * ctx·d (none with RoPE), token types, one more norm (GPT's and LLaMA's final norm, BERT's norm
 * after the embeddings), an untied output head V·d, and BERT's pooler (d² + d).
 * The number of heads does not change the count (the heads split d among themselves).
 */

export interface Arch {
  layers: number;
  dModel: number;
  heads: number;
  /** The MLP's inner width (4·d in GPT and BERT; 11008 in LLaMA-7B). */
  dFF: number;
  vocab: number;
  /** Longest input; learned positions cost ctx·d parameters. */
  ctx: number;
  positions: 'learned' | 'none';
  mlp: 'gelu' | 'swiglu';
  norm: 'layernorm' | 'rmsnorm';
  /** Biases in the linear layers (attention and MLP). */
  bias: boolean;
  /** The output head reuses the token embedding matrix (no parameters of its own). */
  tied: boolean;
  /** Token-type (segment) embeddings: 2 in BERT, 0 elsewhere. */
  tokenTypes: number;
  /** BERT's pooler on [CLS]: a d×d layer with bias. */
  pooler: boolean;
}

export const COMPONENTS = ['tokens', 'positions', 'attention', 'mlp', 'norms', 'biases', 'head', 'pooler'] as const;
export type Component = (typeof COMPONENTS)[number];

export const COMPONENT_LABELS: Record<Component, string> = {
  tokens: '词嵌入',
  positions: '位置与类型嵌入',
  attention: '注意力 Q/K/V/O',
  mlp: '前馈网络 MLP',
  norms: '归一化',
  biases: '偏置',
  head: '输出头',
  pooler: '池化层',
};

export type Breakdown = Record<Component, number> & { total: number };

/** Norms per block (before attention and before the MLP) plus one outside the blocks. */
export const normCount = (a: Arch) => 2 * a.layers + 1;

/** The exact parameter count by component. */
export function countParams(a: Arch): Breakdown {
  const { layers: L, dModel: d, dFF: f, vocab: V } = a;
  const mlpMatrices = a.mlp === 'swiglu' ? 3 : 2;
  const mlpBias = a.mlp === 'swiglu' ? 2 * f + d : f + d;
  const parts: Record<Component, number> = {
    tokens: V * d,
    positions: (a.positions === 'learned' ? a.ctx * d : 0) + a.tokenTypes * d,
    attention: L * 4 * d * d,
    mlp: L * mlpMatrices * d * f,
    norms: normCount(a) * (a.norm === 'layernorm' ? 2 * d : d),
    biases: a.bias ? L * (4 * d + mlpBias) : 0,
    head: a.tied ? 0 : V * d,
    pooler: a.pooler ? d * d + d : 0,
  };
  const total = COMPONENTS.reduce((s, c) => s + parts[c], 0);
  return { ...parts, total };
}

/** Kaplan et al.'s (2020) estimate of the blocks' weights, N ≈ 12·L·d² (GELU MLP with f = 4d). */
export const estimate12 = (a: Arch) => 12 * a.layers * a.dModel * a.dModel;

/** Bytes per parameter of the weights' formats. */
export const PRECISIONS = [
  { key: 'fp32', label: 'fp32', bytes: 4 },
  { key: 'fp16', label: 'fp16 / bf16', bytes: 2 },
  { key: 'int8', label: 'int8', bytes: 1 },
  { key: 'int4', label: 'int4', bytes: 0.5 },
] as const;
export type Precision = (typeof PRECISIONS)[number]['key'];

export const bytesOf = (p: Precision) => PRECISIONS.find((x) => x.key === p)!.bytes;

/** What is wrong with a shape, in Chinese for the reader; null when it is a possible transformer. */
export function archProblem(a: Arch): string | null {
  for (const key of ['layers', 'dModel', 'heads', 'dFF', 'vocab', 'ctx'] as const) {
    if (!Number.isInteger(a[key]) || a[key] < 1) return `${key} 应为正整数（现在是 ${a[key]}）`;
  }
  if (a.dModel % a.heads !== 0) return `d_model ${a.dModel} 不能被头数 ${a.heads} 整除`;
  return null;
}
