/**
 * The attention explorer's parameters (one table: defaults, controls, URL state `?at.dk=16`) and
 * the stages of the pipeline it steps through.
 */
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';

export const STAGES = [
  { value: 'tokens', label: '词元' },
  { value: 'embed', label: '嵌入 + 位置' },
  { value: 'qkv', label: 'Q、K、V' },
  { value: 'scores', label: 'QKᵀ' },
  { value: 'scaled', label: '÷√d_k' },
  { value: 'masked', label: '因果掩码' },
  { value: 'weights', label: 'softmax' },
  { value: 'output', label: '输出' },
] as const;

export type Stage = (typeof STAGES)[number]['value'];

/** Where W_Q, W_K, W_V (and W_O) come from: drawn from the seed, or the mini GPT's trained layers. */
export const SOURCES = [
  { value: 'random', label: '随机投影（按种子生成）' },
  { value: 'gpt', label: '使用迷你 GPT 的真实权重' },
] as const;

/** The mini GPT's heads (chapter 6's model: 4 heads of d_k = 24). */
export const GPT_HEADS = 4;

/** Sentences offered as examples under the input. */
export const EXAMPLE_SENTENCES = ['小猫坐在垫子上', '我 喜欢 在 周末 读 书', 'The cat sat on the mat.', '猫 追 狗 ， 狗 追 猫'] as const;

export const PARAMS = {
  text: { kind: 'text', label: '句子', default: '小猫坐在垫子上', maxLength: 200, examples: EXAMPLE_SENTENCES },
  dk: { kind: 'int', label: 'd_k（每个头的维度）', default: 8, min: 2, max: 64 },
  heads: { kind: 'int', label: '头数', default: 1, min: 1, max: 4, input: 'select' },
  causal: { kind: 'bool', label: '因果掩码', default: false },
  scale: { kind: 'bool', label: '除以 √d_k', default: true },
  seed: { kind: 'int', label: '投影矩阵的随机种子', default: 1, min: 0, max: 99999, input: 'seed' },
  stage: { kind: 'enum', label: '步骤', default: 'tokens', options: STAGES },
  head: { kind: 'int', label: '显示的头', default: 1, min: 1, max: 4 },
  source: { kind: 'enum', label: '投影矩阵', default: 'random', options: SOURCES },
  layer: { kind: 'int', label: '迷你 GPT 的层', default: 1, min: 1, max: 3 },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;


/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['play', 'table', 'entropy'] as const;

/** The sentence as the mini GPT reads it: its characters, whitespace left out, at most `max`. */
export function gptTokens(text: string, max: number): { tokens: string[]; total: number; truncated: boolean } {
  const all = Array.from(text).filter((c) => !/\s/u.test(c));
  return { tokens: all.slice(0, max), total: all.length, truncated: all.length > max };
}

/** Seconds between stages while playing. */
export const STAGE_INTERVAL_MS = 1500;

export function stageIndex(stage: string): number {
  return Math.max(0, STAGES.findIndex((s) => s.value === stage));
}

/** The stage `delta` steps away, kept within the list. */
export function moveStage(stage: string, delta: number): Stage {
  const i = Math.min(STAGES.length - 1, Math.max(0, stageIndex(stage) + delta));
  return STAGES[i].value;
}

export const isLastStage = (stage: string) => stageIndex(stage) === STAGES.length - 1;

/** The head to show (1-based): the chosen one if it exists, else the last. */
export function shownHead(values: Pick<Values, 'head' | 'heads'> & { source?: string }): number {
  return Math.min(values.head, values.source === 'gpt' ? GPT_HEADS : values.heads);
}

/** The head shown must exist: a link with head 4 of 2 heads (or fewer heads chosen) shows the last one. With the mini GPT's weights the model has its own 4 heads. */
export function normalize(v: Values): Normalized<Values> {
  if (v.source === 'gpt' || v.head <= v.heads) return { values: v, notices: [] };
  return { values: { ...v, head: v.heads }, notices: [`显示的头（head）${v.head} 超过头数 ${v.heads}，已改为 ${v.heads}`] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
