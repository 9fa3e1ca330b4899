/**
 * The mini models' corpus: the book's own prose, with the markup taken away. Pure string work (no
 * file access), so the training scripts, the tests and the browser all get the same text from the
 * same MDX sources. Code blocks, formulas, tags' attributes, heading ids and link targets are
 * dropped; the words inside tags (a 勘误 note, a callout) stay, because they are prose too.
 */

/** One chapter's prose: one paragraph per line, no blank lines. */
export function proseOf(mdx: string): string {
  let s = mdx.replace(/\r\n?/g, '\n');
  s = s.replace(/^---\n[\s\S]*?\n---\n/, ''); // frontmatter
  s = s.replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, ''); // fenced code
  s = s.replace(/\$\$[\s\S]*?\$\$/g, ''); // display maths
  s = s.replace(/\$((?:\\.|[^$\n\\])+)\$/g, (_, tex: string) => plainMaths(tex)); // inline maths, as plain letters
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments
  s = s.replace(/<\/?[A-Za-z][^<>]*>/g, '\n'); // tags (their content stays)
  s = s.replace(/`([^`\n]*)`/g, '$1'); // inline code keeps its text
  s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'); // links and images keep their text
  s = s.replace(/\s*\[#[A-Za-z0-9-]+\]\s*$/gm, ''); // heading ids
  s = s.replace(/^\s*\|?\s*:?-{3,}.*$/gm, ''); // table rule rows
  s = s.replace(/\|/g, ' ');
  s = s.replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/gm, ''); // heading, list and quote markers
  s = s.replace(/\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, ''); // emphasis
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0 && /[\u4e00-\u9fff]/.test(line))
    .join('\n');
}

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ', mu: 'μ',
  sigma: 'σ', tau: 'τ', phi: 'φ', pi: 'π', Delta: 'Δ', Sigma: 'Σ', nabla: '∇', partial: '∂', times: '×',
  cdot: '·', approx: '≈', leq: '≤', geq: '≥', le: '≤', ge: '≥', to: '→', infty: '∞', sum: 'Σ',
};

/** `\theta_t` → `θt`: Greek letters and a few symbols kept, other commands and braces dropped. */
function plainMaths(tex: string): string {
  return tex
    .replace(/\\([A-Za-z]+)/g, (_, cmd: string) => GREEK[cmd] ?? '')
    .replace(/\\./g, '')
    .replace(/[{}_^~&]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The whole corpus: the chapters' prose in book order, separated by newlines. */
export function buildCorpus(chapters: readonly string[]): string {
  return chapters.map(proseOf).join('\n') + '\n';
}

/** FNV-1a (32 bit) over the UTF-16 code units, as 8 hex digits: cheap, dependency-free, stable. */
export function corpusHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
