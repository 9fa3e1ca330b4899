/**
 * A chapter's prose as the reader sees it, per section: the MDX compiled with the site's own plugins
 * (lib/mdx/plugins.mjs), its HTML tree (hast) captured after them, and the text of each `##`/`###`
 * section without code, formulas (KaTeX) and headings. Used by the glossary tests.
 */
import fs from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from '@/lib/mdx/heading-ids.mjs';
import rehypeFocusableMath from '@/lib/mdx/rehype-focusable-math.mjs';
import rehypeTermLinks from '@/lib/mdx/rehype-term-links.mjs';
import { katexOptions } from '@/lib/mdx/plugins.mjs';

// Loose hast/MDX node: the trees mix hast elements and MDX JSX nodes.
export type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

/** The hast of an MDX source after all the site's rehype plugins. */
export async function chapterTree(file: string): Promise<Node> {
  let captured: Node | undefined;
  await compile(
    { value: fs.readFileSync(file, 'utf8'), path: file },
    {
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, remarkHeadingIds],
      rehypePlugins: [[rehypeKatex, katexOptions], rehypeFocusableMath, rehypeTermLinks, () => (tree: Node) => void (captured = structuredClone(tree))],
    },
  );
  if (!captured) throw new Error(`${file}: no tree captured`);
  return captured;
}

const classes = (n: Node) => {
  const c = n.properties?.className;
  return Array.isArray(c) ? c.map(String) : String(c ?? '').split(' ');
};
const isHeading = (n: Node) => n.type === 'element' && /^h[2-4]$/.test(n.tagName ?? '');
const isSkipped = (n: Node) =>
  (n.type === 'element' && ['code', 'pre', 'script', 'style'].includes(n.tagName ?? '')) ||
  classes(n).some((c) => c === 'katex' || c === 'katex-display') ||
  ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Demo');

/** The text of a node, formulas and the heading's "#" link left out. */
function textOf(n: Node): string {
  if (n.type === 'text') return n.value ?? '';
  if (isSkipped(n) || classes(n).includes('heading-anchor')) return '';
  return (n.children ?? []).map(textOf).join('');
}

export interface Section {
  id: string;
  /** The heading's and the prose's text (no code or formulas). */
  text: string;
  /** The ids of the term links in the section, in order. */
  terms: string[];
  /** The text of each term link. */
  linkTexts: string[];
}

/** The sections of a chapter's tree in order; text before the first heading belongs to id ''. */
export function sections(tree: Node): Section[] {
  const out: Section[] = [{ id: '', text: '', terms: [], linkTexts: [] }];
  const walk = (n: Node) => {
    if (isHeading(n)) {
      if (n.tagName !== 'h4') out.push({ id: String(n.properties?.id ?? ''), text: '', terms: [], linkTexts: [] });
      out[out.length - 1].text += `${textOf(n)}\n`;
      return;
    }
    if (isSkipped(n)) return;
    const cur = out[out.length - 1];
    // Links elsewhere: their text names a work or a site (a paper's title), not the book's prose.
    if (n.type === 'element' && n.tagName === 'a' && /^https?:/.test(String(n.properties?.href ?? ''))) return;
    // Titles the reader sees that live in a component's attributes (<Callout title>, <Exercise title>);
    // not <Erratum said>, which quotes the source document, code and URLs included.
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      for (const a of (n as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? []) {
        if (a.name === 'title' && typeof a.value === 'string') cur.text += `${a.value}\n`;
      }
    }
    if (n.type === 'text') cur.text += n.value ?? '';
    if (n.type === 'element' && n.tagName === 'a' && classes(n).includes('term')) {
      cur.terms.push(String(n.properties?.dataTerm));
      cur.linkTexts.push((n.children ?? []).map((c) => c.value ?? '').join(''));
    }
    if (n.type === 'element' && ['p', 'li', 'td', 'th', 'br'].includes(n.tagName ?? '')) cur.text += '\n';
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}
