/** The code cell's code as URL state: a link carries an edit exactly, and the length is capped. */
import { describe, expect, it } from 'vitest';
import { encode, initialState } from '@/lib/demos/params';
import { CODE_MAX, PARAMS, spec } from '@/lib/demos/code-cell/params';
import { parseQuery } from '@/lib/demos/url';

const NS = 'code-cell';
/** What the shell does: encode the values into the address, then read them back from a link. */
const roundTrip = (code: string) => {
  const search = encode(spec.params, { code, limit: 10 }, NS, '?backend=cpu');
  return { search, back: initialState(spec, parseQuery(search).entries, NS) };
};

describe('code cell URL state', () => {
  it('leaves the original code out of the address', () => {
    expect(encode(spec.params, { code: PARAMS.code.default, limit: 10 }, NS, '')).toBe('');
  });

  it('restores an edit exactly: new lines, spaces, +, &, #, %, quotes, Chinese and emoji', () => {
    const code = 'const a = 1 + 2 & 3; // #注释 100%\n\tprint("a b", \'c\', `d`, a);\n  // 😀 ✓ \\n';
    const { search, back } = roundTrip(code);
    expect(search.startsWith('?backend=cpu&code-cell.code=')).toBe(true);
    expect(back.values.code).toBe(code);
    expect(back.notices).toEqual([]);
  });

  it('keeps a link of the longest code within a few kilobytes for ASCII code', () => {
    const code = 'x'.repeat(CODE_MAX - 1) + '\n';
    const { search, back } = roundTrip(code);
    expect(back.values.code).toBe(code);
    expect(search.length).toBeLessThan(CODE_MAX * 1.1 + 40);
  });

  it('cuts a longer code from a link with a notice', () => {
    const long = 'a'.repeat(CODE_MAX + 25);
    const back = initialState(spec, parseQuery(`?code-cell.code=${long}`).entries, NS);
    expect(back.values.code).toBe('a'.repeat(CODE_MAX));
    expect(back.notices.join()).toContain(`超过 ${CODE_MAX} 个字符`);
  });

  it('clamps the time limit from a link', () => {
    const back = initialState(spec, parseQuery('?code-cell.limit=999').entries, NS);
    expect(back.values.limit).toBe(PARAMS.limit.max);
    expect(back.notices.length).toBe(1);
  });

  it('starts from code that fits the cap', () => {
    expect(PARAMS.code.default.length).toBeLessThanOrEqual(CODE_MAX);
  });
});
