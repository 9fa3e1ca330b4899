/**
 * The attention explorer's parameters (one table: defaults, controls, URL state `?at.dk=16`) and
 * the stages of the pipeline it steps through.
 */
import type { ParamTable, ParamValues } from '../params';

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

export const ATTENTION_PARAMS = {
  text: { kind: 'text', label: '句子', default: '小猫坐在垫子上', maxLength: 200 },
  dk: { kind: 'int', label: 'd_k（每个头的维度）', default: 8, min: 2, max: 64 },
  heads: { kind: 'int', label: '头数', default: 1, min: 1, max: 4 },
  causal: { kind: 'bool', label: '因果掩码', default: false },
  scale: { kind: 'bool', label: '除以 √d_k', default: true },
  seed: { kind: 'int', label: '投影矩阵的随机种子', default: 1, min: 0, max: 99999 },
  stage: { kind: 'enum', label: '步骤', default: 'tokens', options: STAGES },
  head: { kind: 'int', label: '显示的头', default: 1, min: 1, max: 4 },
} as const satisfies ParamTable;

export type AttentionParams = ParamValues<typeof ATTENTION_PARAMS>;

/** Sentences offered as examples under the input. */
export const EXAMPLE_SENTENCES = ['小猫坐在垫子上', '我 喜欢 在 周末 读 书', 'The cat sat on the mat.', '猫 追 狗 ， 狗 追 猫'] as const;

/** Names besides the parameter keys that `?hide=` may name. */
export const ATTENTION_EXTRA_CONTROLS = ['play', 'table', 'entropy'] as const;

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
export function shownHead(values: Pick<AttentionParams, 'head' | 'heads'>): number {
  return Math.min(values.head, values.heads);
}
