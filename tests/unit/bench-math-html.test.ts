/**
 * scripts/bench-math-html.mjs finds each formula of a built page and its TeX, so that the math
 * benchmark re-renders exactly the book's formulas. Checked on KaTeX's own output for known TeX:
 * every formula is found once, with its TeX and display flag, and its span ends where KaTeX's does.
 */
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexOptions } from '@/lib/mdx/plugins.mjs';
import { formulas, prose } from '../../scripts/bench-math-html.mjs';

const cases: [string, boolean][] = [
  [String.raw`\frac{QK^{\top}}{\sqrt{d_k}}`, true],
  [String.raw`a < b, \; c > d \& e`, false],
  [String.raw`\begin{bmatrix} 1 & 0 \\ 0 & 2 \end{bmatrix}`, true],
  [String.raw`n \ge 2.75 \times 10^{8} \ \text{英里 "引号" 'x'}`, false],
  [String.raw`\underbrace{Wx + b}_{\text{线性}}`, true],
];

describe('bench-math-html', () => {
  const rendered = cases.map(([tex, display]) => katex.renderToString(tex, { ...katexOptions, displayMode: display }));
  const html = `<main><div class="mdx" data-prose="attention"><p>前 ${rendered.join('<span>间</span>')} 后</p><div>x</div></div></main><footer></footer>`;

  it('finds each formula with its TeX and display flag', () => {
    const found = formulas(html);
    expect(found.map(([, , tex, display]) => [tex, display])).toEqual(cases);
    // Each span covers exactly KaTeX's output for that formula.
    expect(found.map(([start, end]) => html.slice(start, end))).toEqual(rendered);
  });

  it('takes the prose div with its nested divs, and nothing around it', () => {
    const p = prose(html);
    expect(p.startsWith('<div class="mdx" data-prose="attention">')).toBe(true);
    expect(p.endsWith('<div>x</div></div>')).toBe(true);
    expect(formulas(p)).toHaveLength(cases.length);
  });

  it('says what is wrong with a page it cannot read', () => {
    expect(() => prose('<p>no prose</p><div class="mdx-other"></div>')).toThrow(/no <div class="mdx">/);
    expect(() => prose('<div class="mdx"><div>')).toThrow(/unbalanced/);
    expect(() => formulas('<span class="katex"><span>')).toThrow(/unclosed/);
    expect(() => formulas('<span class="katex">x</span>')).toThrow(/without a TeX annotation/);
  });
});
