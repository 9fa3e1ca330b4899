/**
 * The code cell (chapter 8, §5.1): the reader's code is part of the URL state (`?code-cell.code=…`,
 * written only once it differs from the original), so 复制链接 carries an edit. The code is capped
 * at CODE_MAX characters: a link stays a few kilobytes at most, and a longer one is cut with a notice.
 */
import { defineSpec, type ParamTable, type ParamValues } from '../params';
import { DEFAULT_CODE } from './presets';

export const CODE_MAX = 2000;

/**
 * A cell's parameters and spec for the code it starts with (and 重置 restores). Chapter 8's cell is
 * `code-cell`; chapters 3–5 have cells of their own (code-gd, code-backprop, code-attention in
 * lib/demos/registry.ts), each a demo with its own name, URL namespace and height.
 */
export function cellParams(code: string) {
  return {
    code: { kind: 'text', label: '代码', default: code, maxLength: CODE_MAX },
    limit: { kind: 'int', label: '时间上限（秒）', default: 10, min: 1, max: 60, input: 'number', hint: '超过时限的运行会被停止，例如死循环' },
  } as const satisfies ParamTable;
}

export const PARAMS = cellParams(DEFAULT_CODE);

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['stop', 'reset', 'output'] as const;

export const cellSpec = (code: string) => defineSpec({ params: cellParams(code), controls: CONTROLS });

export const spec = cellSpec(DEFAULT_CODE);

/** The notice when an edit would pass the cap (the editor refuses the change). */
export const capNotice = `代码最多 ${CODE_MAX} 个字符（链接要装得下它），超出的修改未被接受`;
