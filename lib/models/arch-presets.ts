/**
 * Published architectures, for the size and memory calculators. `published` is the figure the
 * source states (exact where Hugging Face's model gives one, else the paper's headline), with
 * `what` saying what it counts; tests/unit/models/architectures.test.ts recomputes every one.
 * Sources: docs/model-sizes.md.
 */
import type { Arch } from './architectures';

export interface Preset {
  key: string;
  label: string;
  arch: Arch;
  published: number;
  /** true: `published` is an exact count; false: a rounded headline figure. */
  exact: boolean;
  what: string;
}

const gpt = (layers: number, dModel: number, heads: number, ctx = 1024): Arch => ({
  layers,
  dModel,
  heads,
  dFF: 4 * dModel,
  vocab: 50257,
  ctx,
  positions: 'learned',
  mlp: 'gelu',
  norm: 'layernorm',
  bias: true,
  tied: true,
  tokenTypes: 0,
  pooler: false,
});

const bert = (layers: number, dModel: number, heads: number): Arch => ({
  ...gpt(layers, dModel, heads, 512),
  vocab: 30522,
  tokenTypes: 2,
  pooler: true,
});

export const PRESETS: readonly Preset[] = [
  { key: 'mini-gpt', label: '本书的迷你 GPT', arch: { ...gpt(3, 96, 4, 64), vocab: 1340 }, published: 470496, exact: true, what: 'public/models/gpt.json 的 parameters' },
  { key: 'gpt2', label: 'GPT-2 small', arch: gpt(12, 768, 12), published: 124_439_808, exact: true, what: 'Hugging Face gpt2（输出头与词嵌入共享）' },
  { key: 'gpt2-medium', label: 'GPT-2 medium', arch: gpt(24, 1024, 16), published: 354_823_168, exact: true, what: 'Hugging Face gpt2-medium' },
  { key: 'gpt2-large', label: 'GPT-2 large', arch: gpt(36, 1280, 20), published: 774_030_080, exact: true, what: 'Hugging Face gpt2-large' },
  { key: 'gpt2-xl', label: 'GPT-2 XL', arch: gpt(48, 1600, 25), published: 1_557_611_200, exact: true, what: 'Hugging Face gpt2-xl' },
  { key: 'gpt3', label: 'GPT-3 175B', arch: gpt(96, 12288, 96, 2048), published: 175e9, exact: false, what: 'Brown 等（2020）表 2.1 的「175B」' },
  { key: 'bert-base', label: 'BERT-Base', arch: bert(12, 768, 12), published: 109_482_240, exact: true, what: 'Hugging Face bert-base-uncased 的 BertModel（含池化层，不含 MLM 头）' },
  { key: 'bert-large', label: 'BERT-Large', arch: bert(24, 1024, 16), published: 335_141_888, exact: true, what: 'Hugging Face bert-large-uncased 的 BertModel（含池化层，不含 MLM 头）' },
  {
    key: 'llama-7b',
    label: 'LLaMA-7B',
    arch: { layers: 32, dModel: 4096, heads: 32, dFF: 11008, vocab: 32000, ctx: 2048, positions: 'none', mlp: 'swiglu', norm: 'rmsnorm', bias: false, tied: false, tokenTypes: 0, pooler: false },
    published: 6_738_415_616,
    exact: true,
    what: 'Hugging Face LLaMA-7B（LlamaForCausalLM）',
  },
];

/** The headline figures of the papers, for the ones whose exact count comes from elsewhere. */
export const PAPER_FIGURES: Record<string, number> = { 'bert-base': 110e6, 'bert-large': 340e6, gpt3: 175e9 };

export const presetOf = (key: string) => PRESETS.find((p) => p.key === key);

/** The preset whose architecture is exactly `a`, if any. */
export function matchPreset(a: Arch): Preset | undefined {
  return PRESETS.find((p) => (Object.keys(p.arch) as (keyof Arch)[]).every((k) => p.arch[k] === a[k]));
}
