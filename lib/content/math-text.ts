/**
 * Short texts with inline maths ("矩阵 $n \times d_k$"), rendered to HTML at build time with KaTeX
 * (the page ships no KaTeX JavaScript). Text outside $…$ is escaped; `code` becomes <code>.
 */
import katex from 'katex';

/**
 * The chapters' KaTeX options (lib/mdx/plugins.mjs), repeated here because that module resolves
 * plugin paths with import.meta.url, which does not survive bundling into a page; a unit test keeps
 * the two equal.
 */
export const MATH_TEXT_KATEX_OPTIONS = { strict: 'ignore', output: 'htmlAndMathml' } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One formula as KaTeX HTML + MathML; a broken formula throws with its source (fails the build). */
export function renderTex(tex: string, displayMode = false): string {
  try {
    return katex.renderToString(tex, { ...MATH_TEXT_KATEX_OPTIONS, displayMode, throwOnError: true });
  } catch (e) {
    throw new Error(`KaTeX cannot render "${tex}": ${(e as Error).message}`);
  }
}

/** A text whose $…$ parts are maths. */
export function renderMathText(text: string): string {
  return text
    .split('$')
    .map((part, i) => (i % 2 ? renderTex(part) : escape(part).replace(/`([^`]+)`/g, '<code>$1</code>')))
    .join('');
}
