/**
 * The whole-transformer view's parameters (URL state `?transformer-view.pos=2&transformer-view.layer=3`)
 * and the plain logic around them: which prompts the mini GPT can read, which position is traced,
 * the stage names (chapter 5's where the stage is the same).
 */
import { STAGES as ATTENTION_STAGES, type Stage as AttentionStage } from '../attention/params';
import { EXAMPLE_PROMPTS } from '../mini-gpt/params';
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';

/** The mini GPT's context (its config.ctx): the longest prompt the view traces. */
export const MAX_PROMPT = 64;

export const PARAMS = {
  prompt: { kind: 'text', label: '提示（prompt）', default: '梯度下降', maxLength: 200, examples: EXAMPLE_PROMPTS },
  pos: { kind: 'int', label: '跟踪的位置', default: 0, min: 0, max: MAX_PROMPT },
  layer: { kind: 'int', label: '层', default: 1, min: 1, max: 3 },
  head: { kind: 'int', label: '头', default: 1, min: 1, max: 4 },
  temperature: { kind: 'number', label: '温度（temperature）', default: 0.7, min: 0, max: 2, step: 0.05 },
  top_p: { kind: 'number', label: '核采样阈值（top_p）', default: 0.9, min: 0.05, max: 1, step: 0.05 },
  seed: { kind: 'int', label: '随机种子（seed）', default: 1, min: 0, max: 99999, input: 'seed' },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name (parts of the view). */
export const CONTROLS = ['check'] as const;

/** Chapter 5's name of a stage that is the same here. */
export const stageName = (s: AttentionStage): string => ATTENTION_STAGES.find((x) => x.value === s)!.label;

/** What the prompt box can hold: an error in Chinese, or the characters (code points). */
export function checkPrompt(prompt: string, has: (ch: string) => boolean, vocabChars: number, ctx = MAX_PROMPT): { chars: string[]; error: string | null } {
  const chars = Array.from(prompt);
  if (chars.length === 0) return { chars, error: '请输入至少一个字符。' };
  if (chars.length > ctx) return { chars, error: `迷你 GPT 一次最多读 ${ctx} 个字符，这个提示有 ${chars.length} 个，请删去 ${chars.length - ctx} 个。` };
  const unknown = [...new Set(chars.filter((c) => !has(c)))];
  if (unknown.length > 0)
    return {
      chars,
      error: `迷你 GPT 的字表里没有${unknown.map(spoken).join('')}（它只认识本书正文里出现过的 ${vocabChars} 个字符），请换成别的字。`,
    };
  return { chars, error: null };
}

const spoken = (c: string) => (c === '\n' ? '换行' : c === ' ' ? '空格' : `「${c}」`);

/** The traced position (0-based) in a prompt of `length` characters: pos 0 means the last one, pos n the n-th. */
export function tracedIndex(pos: number, length: number): number {
  if (length <= 0) return 0;
  return pos <= 0 || pos > length ? length - 1 : pos - 1;
}

/** A position beyond the prompt falls back to the last character, with a notice. */
export function normalize(v: Values): Normalized<Values> {
  const length = Array.from(v.prompt).length;
  if (v.pos <= length || length === 0) return { values: v, notices: [] };
  return { values: { ...v, pos: 0 }, notices: [`跟踪的位置 ${v.pos} 超出了提示（${length} 个字符），已改为最后一个字符`] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
