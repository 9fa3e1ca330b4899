/**
 * The mini-BERT demo's parameters (defaults, controls, URL state `?bert.masks=3,7`) and the plain
 * logic around the model: which characters are masked, the text handed to fillMask, the notices
 * about unknown characters and truncation, where the original character ranks, number formats.
 */
import { withMinus } from '../format';
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';
import { CHOSEN } from './chosen-examples';

/**
 * The starting sentences and the example sentences, chosen by scripts/pick-bert-examples.ts from the
 * shipped model's answers on held-out text (sentences it gets right), not by hand.
 */
export const EXAMPLES: {
  bertSha256: string;
  sentences: { count: number; bertRight: number; naiveBayesRight: number };
  fillMask: { text: string; masks: number[]; p: number[] };
  classify: {
    default: { text: string; label: number; right: 'both' | 'bert' };
    examples: { text: string; label: number; right: 'both' | 'bert' | 'naiveBayes' }[];
  };
} = { ...CHOSEN, fillMask: { ...CHOSEN.fillMask, masks: [...CHOSEN.fillMask.masks], p: [...CHOSEN.fillMask.p] }, classify: { default: CHOSEN.classify.default, examples: [...CHOSEN.classify.examples] } };

/** What each example shows, in the reader's words. */
export const AGREEMENT_LABEL = { both: '两者都对', bert: '只有 BERT 对', naiveBayes: '只有朴素贝叶斯对' } as const;

/** Written as "[MASK]" in the text handed to fillMask / encodeForBert. */
export const MASK_TOKEN = '[MASK]';

/** How many candidates each masked position shows. */
export const TOP_K = 5;

export const PARAMS = {
  text: { kind: 'text', label: '完形填空的句子', default: EXAMPLES.fillMask.text, maxLength: 200 },
  // Out-of-range positions are dropped by the view (with a notice), not clamped: the wide bounds only catch garbage.
  masks: { kind: 'list', label: '遮住的位置（从 0 数）', default: EXAMPLES.fillMask.masks, min: -9999, max: 9999, minLength: 0, maxLength: 64 },
  cls: { kind: 'text', label: '要分类的句子', default: EXAMPLES.classify.default.text, maxLength: 200 },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['fill', 'classify'] as const;

/** The sentence as characters (code points); a literal "[MASK]" typed into it is removed (clicking masks). */
export function sentenceChars(text: string): { chars: string[]; hadMaskText: boolean } {
  const hadMaskText = text.includes(MASK_TOKEN);
  return { chars: Array.from(hadMaskText ? text.split(MASK_TOKEN).join('') : text), hadMaskText };
}

/** Mask positions that exist in a sentence of `length` characters (sorted, once each), and those that do not. */
export function splitMasks(masks: readonly number[], length: number): { kept: number[]; dropped: number[] } {
  const unique = [...new Set(masks)].sort((a, b) => a - b);
  return { kept: unique.filter((i) => i >= 0 && i < length), dropped: unique.filter((i) => i < 0 || i >= length) };
}

export function droppedMasksNotice(dropped: readonly number[], length: number): string | null {
  if (dropped.length === 0) return null;
  return `遮住的位置 ${dropped.map((d) => withMinus(String(d))).join('、')} 超出了句子（位置从 0 数到 ${Math.max(0, length - 1)}），已忽略`;
}

/** Adds or removes one position. */
export function toggleMask(masks: readonly number[], i: number): number[] {
  return masks.includes(i) ? masks.filter((m) => m !== i) : [...masks, i].sort((a, b) => a - b);
}

/** The text fillMask reads: each masked character replaced by "[MASK]". */
export function maskedText(chars: readonly string[], masks: readonly number[]): string {
  const set = new Set(masks);
  return chars.map((c, i) => (set.has(i) ? MASK_TOKEN : c)).join('');
}

/** What encodeForBert reports about an input (BertInput's fields). */
export interface InputReport {
  unknown: readonly string[];
  truncated: number;
}

/** Notices for the reader: characters the model does not know, characters cut off at the context. */
export function inputNotices(input: InputReport, room: number): string[] {
  const out: string[] = [];
  if (input.unknown.length > 0) {
    out.push(`模型的字表里没有 ${input.unknown.map((c) => `「${c}」`).join('')}，这些字按 [UNK]（未知字符）输入。`);
  }
  if (input.truncated > 0) out.push(`模型一次最多读 ${room} 个字，后面的 ${input.truncated} 个字被截掉了。`);
  return out;
}

export interface Candidate {
  token: string;
  p: number;
}

/** Where the original character ranks (1-based) in a full ranking, and its probability; null if absent. */
export function rankOf(ranking: readonly Candidate[], original: string): { rank: number; p: number } | null {
  const i = ranking.findIndex((c) => c.token === original);
  return i < 0 ? null : { rank: i + 1, p: ranking[i].p };
}

/** A probability as a percentage with two decimals: 0.12345 → "12.35%". */
export { percent } from '../format';

/** Index of the largest entry (the first on a tie). */
export function argMax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

/** How a character shows on its button: a space would be invisible. */
export const shownChar = (c: string) => (/^\s$/u.test(c) ? '␣' : c);

/** Characters of the sentence the model reads: the shipped BERT's context (64) less its [CLS]. */
export const MAX_CHARS = 63;

/** Masked positions must lie in the sentence: a link naming others gets them dropped, with a notice. */
export function normalize(v: Values): Normalized<Values> {
  const length = Math.min(MAX_CHARS, sentenceChars(v.text).chars.length);
  const { kept, dropped } = splitMasks(v.masks, length);
  const same = kept.length === v.masks.length && kept.every((m, i) => m === v.masks[i]);
  const notice = droppedMasksNotice(dropped, length);
  return { values: same ? v : { ...v, masks: kept }, notices: notice ? [notice] : [] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
