/**
 * The retrieval demo's parameters (URL state `?retrieval.q=…`): the reader's question. The
 * examples are the questions chapter 7 discusses (measured with `npm run retrieval:compare`).
 */
import { defineSpec, type ParamTable, type ParamValues } from '../params';

export const MAX_QUESTION = 100;

export const EXAMPLES = ['学习率太大会怎样？', '大模型为什么会胡说八道', '为什么注意力分数要除以根号 d_k？', '怎样证明自动驾驶足够安全？'] as const;

export const PARAMS = {
  q: { kind: 'text', label: '问题', default: EXAMPLES[1], maxLength: MAX_QUESTION },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Parts of the view `?hide=` may name besides the parameters: the two result columns. */
export const CONTROLS = ['bm25', 'bert'] as const;

/** How many characters of a paragraph a result shows. */
export const SHOWN_CHARS = 70;

/** A paragraph cut to `n` characters (code points), with an ellipsis when cut. */
export function shorten(text: string, n = SHOWN_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= n ? text : `${chars.slice(0, n).join('')}…`;
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
