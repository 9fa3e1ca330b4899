/**
 * The entries of the search index, built at build time from what each chapter shows: its MDX
 * tree (the same parse the site compiles) cut at its headings (## to ####). A section's text is
 * its prose, lists and tables, code, the text of its formulas (TeX without the commands), and the
 * content of its components (exercises and their answers, callouts and their titles, 勘误 notes
 * with the words they correct). Glossary terms are entries of their own.
 */
import { splitHeadingId } from '../mdx/heading-ids.mjs';
import type { MdxTree } from '../content/mdast';
import type { GlossaryEntry } from '../content/glossary';

/** One search result's entry. `href` is the path without the base (withBase adds it). */
export interface SearchDoc {
  /** Unique: the heading id, or `term-<id>` for a glossary entry. */
  id: string;
  kind: 'section' | 'glossary';
  href: string;
  /** Where it is: "第 3 章 梯度下降", or "术语表". */
  where: string;
  title: string;
  text: string;
}

/** The fields of an mdast/MDX node that this file reads. */
interface MdNode {
  type: string;
  value?: unknown;
  depth?: number;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Component attributes that hold reader-visible text. */
const TEXT_ATTRIBUTES = new Set(['title', 'said', 'label', 'caption']);
/** Inline-level nodes (joined without a separator); the rest are blocks (joined by a newline). */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'inlineMath', 'break', 'mdxJsxTextElement']);

/** TeX commands kept as the character they print. */
const TEX_CHARS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ',
  chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Omega: 'Ω',
  times: '×', cdot: '·', in: '∈', approx: '≈', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', to: '→', infty: '∞', sqrt: '√', nabla: '∇',
};

/**
 * A formula's text for search and snippets: \text{…} and operator names kept, Greek letters and a
 * few symbols as characters (\theta → θ, \times → ×), simple fractions as a/b, environments,
 * spacing and other commands and TeX syntax dropped.
 */
export function texText(tex: string): string {
  return tex
    .replace(/\\(?:begin|end)\s*\{[^{}]*\}/g, ' ')
    .replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, ' $1/$2 ')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\(?:text|textbf|textit|mathrm|mathbf|mathit|mathsf|operatorname\*?)\s*\{([^{}]*)\}/g, ' $1 ')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => ` ${TEX_CHARS[name] ?? ''} `)
    .replace(/[{}^_&~\\$]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The reader-visible text of a node. */
export function nodeText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return String(node.value ?? '');
    case 'math':
    case 'inlineMath':
      return texText(String(node.value ?? ''));
    case 'yaml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'html':
      return '';
    case 'break':
      return ' ';
  }
  const parts: string[] = [];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const a of node.attributes ?? []) {
      if (a.type === 'mdxJsxAttribute' && a.name && TEXT_ATTRIBUTES.has(a.name) && typeof a.value === 'string') parts.push(a.value);
    }
  }
  const children = node.children ?? [];
  const inline = children.every((c) => INLINE.has(c.type));
  parts.push(children.map(nodeText).join(inline ? '' : '\n'));
  return parts.filter(Boolean).join('\n');
}

export interface ChapterInfo {
  slug: string;
  /** "第 3 章 梯度下降" */
  where: string;
}

/**
 * The sections of one chapter's tree. Text before the first heading (rare) belongs to the first
 * section. A heading without an id is the loader's error, not ours: it is skipped here.
 */
export function chapterSections(tree: MdxTree, chapter: ChapterInfo): SearchDoc[] {
  const docs: SearchDoc[] = [];
  let lead = '';
  for (const node of tree.children as unknown as MdNode[]) {
    if (node.type === 'heading' && node.depth && node.depth >= 2 && node.depth <= 4) {
      const { title, id } = splitHeadingId(nodeText(node));
      if (id) {
        docs.push({ id, kind: 'section', href: `/${chapter.slug}/#${id}`, where: chapter.where, title, text: lead });
        lead = '';
        continue;
      }
    }
    const text = nodeText(node).trim();
    if (!text) continue;
    const current = docs[docs.length - 1];
    if (current) current.text = current.text ? `${current.text}\n${text}` : text;
    else lead = lead ? `${lead}\n${text}` : text;
  }
  return docs;
}

/** Glossary terms as search entries: the term (Chinese, English, abbreviation) is the title. */
export function glossaryDocs(entries: GlossaryEntry[]): SearchDoc[] {
  return entries.map((e) => ({
    id: `term-${e.id}`,
    kind: 'glossary',
    href: `/glossary/#term-${e.id}`,
    where: '术语表',
    title: [e.zh, e.en && e.en !== e.zh ? e.en : '', e.abbr ? `（${e.abbr}）` : ''].filter(Boolean).join(' '),
    text: [e.definition, ...e.aliases].join('\n'),
  }));
}
