// @ts-check
// Reading a built chapter page for scripts/bench-math.mjs: where its formulas are (with their TeX, from
// KaTeX's MathML annotation) and its prose markup. String scanning, no DOM: KaTeX's output nests
// <span>s in balance, and the prose is one <div class="mdx" …> (ChapterBody's placeholder, filled by
// scripts/inject-prose.mjs).

/** @param {string} s */
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * Each top-level formula span (`katex-display` wrapper or inline `katex`) in `html`.
 * @param {string} html
 * @returns {[start: number, end: number, tex: string, display: boolean][]}
 */
export function formulas(html) {
  /** @type {[number, number, string, boolean][]} */
  const out = [];
  const open = /<span class="katex(?:-display)?"[^>]*>/g;
  let m;
  while ((m = open.exec(html))) {
    let depth = 0;
    const tag = /<span\b|<\/span>/g;
    tag.lastIndex = m.index;
    let t;
    while ((t = tag.exec(html))) {
      depth += t[0] === '</span>' ? -1 : 1;
      if (depth === 0) break;
    }
    if (depth !== 0) throw new Error(`bench-math: an unclosed formula <span> at ${m.index}`);
    const end = tag.lastIndex;
    const chunk = html.slice(m.index, end);
    const tex = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(chunk);
    if (!tex) throw new Error(`bench-math: a formula without a TeX annotation at ${m.index}`);
    out.push([m.index, end, unescape(tex[1]), /display="block"/.test(chunk)]);
    open.lastIndex = end;
  }
  return out;
}

/**
 * The chapter's prose markup (`<div class="mdx" …>…</div>`), without the page around it.
 * @param {string} html
 */
export function prose(html) {
  const start = html.search(/<div class="mdx"[\s>]/);
  if (start < 0) throw new Error('bench-math: no <div class="mdx"> in the page');
  const tag = /<div\b|<\/div>/g;
  tag.lastIndex = start;
  let depth = 0;
  let t;
  while ((t = tag.exec(html))) {
    depth += t[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.lastIndex);
  }
  throw new Error('bench-math: unbalanced <div class="mdx">');
}
