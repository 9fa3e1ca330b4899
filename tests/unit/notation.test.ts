/**
 * The table of symbols (content/notation.json) against the book: every symbol of every formula is
 * either in the table or declared local to its section (content/notation-local.json); every entry
 * is used, renders in KaTeX, and its firstUse is the section where the book first uses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { loadBook } from '@/lib/content/loader';
import { loadLocalSymbols, loadNotation, parseLocalSymbols, parseNotation } from '@/lib/content/notation';
import { formulasOf, symbolsOf } from '@/lib/content/symbols';
import { MATH_TEXT_KATEX_OPTIONS, renderMathText } from '@/lib/content/math-text';
import { katexOptions } from '@/lib/mdx/plugins.mjs';
import { CONTENT } from './helpers/mdx';

const table = loadNotation();
const local = loadLocalSymbols();
const book = loadBook();
/** Multi-token names (d_{\text{model}}, W^{Q}, \sigma^2, \nabla) are matched as one symbol. */
const named = table.map((e) => e.tex).filter((t) => symbolsOf(t).length !== 1 || /[_^]/.test(t));

/** Every use of every symbol, in reading order. */
const uses: { symbol: string; sectionId: string; file: string; line: number }[] = [];
for (const c of book) {
  for (const f of formulasOf(fs.readFileSync(path.join(CONTENT, `${c.slug}.mdx`), 'utf8'))) {
    for (const symbol of symbolsOf(f.tex, named)) uses.push({ symbol, sectionId: f.sectionId, file: `${c.slug}.mdx`, line: f.line });
  }
}
const isLocal = (u: { symbol: string; sectionId: string }) => local[u.sectionId]?.[u.symbol] !== undefined;

describe('the tokenizer', () => {
  it('splits formulas into symbols, keeping named ones whole and dropping indices in scripts', () => {
    expect(symbolsOf(String.raw`W^l_{jk}\, a^{l-1}_k + b^l`)).toEqual(['W', 'a', 'b']);
    expect(symbolsOf(String.raw`N \approx 12\, n_{\text{layer}}\, d_{\text{model}}^2`, ['n_{\\text{layer}}', 'd_{\\text{model}}'])).toEqual(['N', 'n_{\\text{layer}}', 'd_{\\text{model}}']);
    expect(symbolsOf(String.raw`\hat m_t / (\sqrt{\hat s_t} + \epsilon)`)).toEqual(['\\hat{m}', '\\hat{s}', '\\epsilon']);
    expect(symbolsOf(String.raw`\frac{1}{\lvert \mathcal{D} \rvert} \sum_{i \in \mathcal{D}} \ell_i(\theta)`)).toEqual(['\\mathcal{D}', '\\mathcal{D}', '\\ell', '\\theta']);
    expect(symbolsOf(String.raw`\operatorname{softmax}(z)_k \text{ 很大}`)).toEqual(['z']);
    expect(symbolsOf(String.raw`d_kx`, ['d_k'])).toEqual(['d_k', 'x']);
  });
});

describe('renderMathText (the page renders meanings with it)', () => {
  it('uses the chapters’ KaTeX options, escapes text and renders $…$ as KaTeX', () => {
    expect(MATH_TEXT_KATEX_OPTIONS).toEqual(katexOptions);
    const out = renderMathText('矩阵 $n \\times d_k$ <b> `[CLS]`');
    expect(out).toMatch(/^矩阵 <span class="katex">/);
    expect(out).toContain('&lt;b&gt; <code>[CLS]</code>');
    expect(() => renderMathText('坏的 $\\frac{1$')).toThrow(/KaTeX cannot render/);
  });
});

describe('content/notation.json', () => {
  it('rejects a symbol listed twice and text with a control character', () => {
    const e = { tex: 'x', meaning: '输入', shape: '向量', firstUse: 'ov-scale', group: '通用' };
    expect(() => parseNotation([e, e])).toThrow(/listed twice/);
    expect(() => parseNotation([{ ...e, meaning: '含 \t 的文字' }])).toThrow(/control character/);
    expect(() => parseLocalSymbols({ 'Bad Id': { x: '局部' } })).toThrow(/invalid list of local symbols/);
  });

  it('every firstUse is a heading id of the book', () => {
    const ids = new Set(book.flatMap((c) => c.headings.map((h) => h.id)));
    expect(table.filter((e) => !ids.has(e.firstUse)).map((e) => `${e.tex} → ${e.firstUse}`)).toEqual([]);
  });

  it('every symbol, and the maths in its meaning, shape and note, renders in strict KaTeX', () => {
    for (const e of table) {
      expect(() => katex.renderToString(e.tex, { throwOnError: true, strict: 'error' }), e.tex).not.toThrow();
      for (const text of [e.meaning, e.shape, e.note ?? '']) {
        for (const m of text.matchAll(/\$([^$]+)\$/g)) expect(() => katex.renderToString(m[1], { throwOnError: true, strict: 'error' }), m[1]).not.toThrow();
        expect(text.split('$').length % 2, `unbalanced $ in "${text}"`).toBe(1);
      }
    }
  });

  it('every listed symbol is used in the book, and firstUse is the section of its first (non-local) use', () => {
    const first = new Map<string, string>();
    for (const u of uses) if (!isLocal(u) && !first.has(u.symbol)) first.set(u.symbol, u.sectionId);
    const wrong = table.filter((e) => first.get(e.tex) !== e.firstUse).map((e) => `${e.tex}: listed ${e.firstUse}, first used in ${first.get(e.tex) ?? 'no formula'}`);
    expect(wrong).toEqual([]);
  });

  it('every symbol of every formula is in the table or declared local to its section', () => {
    const known = new Set(table.map((e) => e.tex));
    const unknown = uses.filter((u) => !known.has(u.symbol) && !isLocal(u)).map((u) => `${u.file}:${u.line} [#${u.sectionId}] ${u.symbol}`);
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('every local symbol is used in its section (no stale entries)', () => {
    const used = new Set(uses.map((u) => `${u.sectionId} ${u.symbol}`));
    const stale = Object.entries(local).flatMap(([id, syms]) => Object.keys(syms).filter((s) => !used.has(`${id} ${s}`)).map((s) => `${id} ${s}`));
    expect(stale).toEqual([]);
  });

  it('the collisions named in issue 11 are gone: N, L and bare d have one meaning each', () => {
    // N is the parameter count: never a layer count or a sample count (those are n_layer and |D|).
    const src = (slug: string) => fs.readFileSync(path.join(CONTENT, `${slug}.mdx`), 'utf8');
    expect(src('backprop')).not.toMatch(/\$N\$ 层|a\^N|\\delta\^N/);
    expect(src('gradient-descent')).not.toMatch(/\\frac\{1\}\{N\}|\$n = 3\$/);
    // L is the loss: no "层数 $L$" and no L = 96 layers.
    for (const c of book) expect(src(c.slug), c.slug).not.toMatch(/层数 \$L\$|\$L\$ 是层数|\$L = (96|48|12)\$/);
    // bare d is not a width or a parameter count any more.
    const bareD = uses.filter((u) => u.symbol === 'd' && !isLocal(u));
    expect(bareD).toEqual([]);
  });
});
