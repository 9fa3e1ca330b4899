/**
 * The model-size calculator's spec: a transformer's shape and switches. The preset picker is not a
 * parameter: it writes every field, and shows the preset the fields match (or 自定义), so a link
 * carries exactly the shape the reader sees. Defaults: GPT-3 175B, the chapter's worked example.
 */
import type { Arch } from '@/lib/models/architectures';
import { presetOf } from '@/lib/models/arch-presets';
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';

const GPT3 = presetOf('gpt3')!.arch;

export const PARAMS = {
  layers: { kind: 'int', label: '层数 L', default: GPT3.layers, min: 1, max: 128 },
  d: { kind: 'int', label: '隐藏维度 d_model', default: GPT3.dModel, min: 32, max: 16384, step: 32 },
  heads: { kind: 'int', label: '注意力头数', default: GPT3.heads, min: 1, max: 128 },
  vocab: { kind: 'int', label: '词表大小 V', default: GPT3.vocab, min: 64, max: 262144 },
  ctx: { kind: 'int', label: '上下文长度', default: GPT3.ctx, min: 16, max: 32768, step: 16 },
  ff: { kind: 'int', label: '前馈宽度 d_ff', default: GPT3.dFF, min: 32, max: 65536, step: 32 },
  mlp: {
    kind: 'enum',
    label: '前馈网络',
    default: GPT3.mlp,
    options: [
      { value: 'gelu', label: 'GELU（两个矩阵）' },
      { value: 'swiglu', label: 'SwiGLU（三个矩阵）' },
    ],
  },
  norm: {
    kind: 'enum',
    label: '归一化',
    default: GPT3.norm,
    options: [
      { value: 'layernorm', label: 'LayerNorm（γ 和 β）' },
      { value: 'rmsnorm', label: 'RMSNorm（只有 γ）' },
    ],
  },
  pos: {
    kind: 'enum',
    label: '位置编码',
    default: GPT3.positions,
    options: [
      { value: 'learned', label: '学习的位置嵌入' },
      { value: 'none', label: '无参数（RoPE 等）' },
    ],
  },
  bias: { kind: 'bool', label: '线性层带偏置', default: GPT3.bias },
  tied: { kind: 'bool', label: '输出头与词嵌入共享', default: GPT3.tied },
  types: { kind: 'int', label: '句子类型嵌入数', default: GPT3.tokenTypes, min: 0, max: 4 },
  pooler: { kind: 'bool', label: 'BERT 池化层', default: GPT3.pooler },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Parts of the view an embed may hide. */
export const CONTROLS = ['preset', 'memory', 'formula', 'table'] as const;

export function toArch(v: Values): Arch {
  return {
    layers: v.layers,
    dModel: v.d,
    heads: v.heads,
    dFF: v.ff,
    vocab: v.vocab,
    ctx: v.ctx,
    positions: v.pos as Arch['positions'],
    mlp: v.mlp as Arch['mlp'],
    norm: v.norm as Arch['norm'],
    bias: v.bias,
    tied: v.tied,
    tokenTypes: v.types,
    pooler: v.pooler,
  };
}

export function fromArch(a: Arch): Values {
  return {
    layers: a.layers,
    d: a.dModel,
    heads: a.heads,
    ff: a.dFF,
    vocab: a.vocab,
    ctx: a.ctx,
    pos: a.positions,
    mlp: a.mlp,
    norm: a.norm,
    bias: a.bias,
    tied: a.tied,
    types: a.tokenTypes,
    pooler: a.pooler,
  };
}

/** The largest head count ≤ `heads` that divides d (1 always does). */
export function fitHeads(d: number, heads: number): number {
  for (let h = Math.min(heads, d); h > 1; h--) if (d % h === 0) return h;
  return 1;
}

/** Heads must divide d_model: the nearest smaller count that does, with a notice. */
export function normalize(v: Values): Normalized<Values> {
  if (v.d % v.heads === 0) return { values: v, notices: [] };
  const heads = fitHeads(v.d, v.heads);
  return { values: { ...v, heads }, notices: [`d_model ${v.d} 不能被 ${v.heads} 个头整除，头数改为 ${heads}`] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
