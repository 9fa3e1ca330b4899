// @ts-check
/**
 * Links glossary terms in a chapter: in each section (a `##` or `###` heading starts one), the first
 * occurrence of each term becomes `<a class="term" href="/glossary/#term-<id>" data-term="<id>">`.
 * The link is an ordinary `a`, so the chapter's MDX `a` component (components/mdx/Anchor.tsx) adds
 * the base path; without JavaScript it is a plain link, and components/layout/TermPopover.tsx turns
 * it into a definition popover.
 *
 * A term is matched by its Chinese name, English name, abbreviation and aliases, longest first.
 * Latin names match whole words only (`Transformer` does not match in `Transformers`), ignoring
 * case except for abbreviations. Text inside headings, links, code, formulas (KaTeX) and demo
 * placeholders is never touched, nor are components' attributes (they are not children), nor the
 * references list (a section whose id ends in `-references`).
 *
 * Plain JavaScript so that next.config.mjs can pass it to Turbopack as a path. It reads
 * content/glossary.json itself; the zod schema (lib/content/glossary.ts) validates that file when
 * the site builds /glossary/ and in the unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';

/** @typedef {{ id: string, zh: string, en?: string, abbr?: string, aliases?: string[] }} Term */
/** @typedef {{ surface: string, id: string, latin: boolean, exactCase: boolean }} Surface */

const SKIP_TAGS = new Set(['a', 'code', 'pre', 'script', 'style', 'svg', 'math', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIP_CLASSES = ['katex', 'katex-display', 'heading-anchor'];
const SKIP_COMPONENTS = new Set(['Demo', 'a']);
const SECTION_TAGS = new Set(['h2', 'h3']);
const LATIN = /[A-Za-z0-9]/;
/** A chapter's 参考文献 section (`#…-references`) lists works by title: no term links there. */
export const REFERENCES_ID = /-references$/;

/**
 * Every spelling of every term, longest first (so that 自注意力 wins over 注意力).
 * @param {Term[]} terms
 * @returns {Surface[]}
 */
export function termSurfaces(terms) {
  /** @type {Map<string, Surface>} */
  const bySurface = new Map();
  for (const t of terms) {
    const spellings = [[t.zh, false], [t.en, false], [t.abbr, true], ...(t.aliases ?? []).map((a) => [a, false])];
    for (const [s, exactCase] of spellings) {
      if (typeof s !== 'string' || s === '') continue;
      const latin = /^[\x20-\x7e]+$/.test(s);
      const key = latin && !exactCase ? s.toLowerCase() : s;
      if (!bySurface.has(key)) bySurface.set(key, { surface: s, id: t.id, latin, exactCase: Boolean(exactCase) });
    }
  }
  return [...bySurface.values()].sort((a, b) => b.surface.length - a.surface.length);
}

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder over text: all term occurrences that stand alone (Latin names as whole words).
 * @param {Surface[]} surfaces
 */
export function termMatcher(surfaces) {
  if (surfaces.length === 0) return () => [];
  const pattern = new RegExp(surfaces.map((s) => escape(s.surface)).join('|'), 'gi');
  /** @type {Map<string, Surface>} */
  const lookup = new Map(surfaces.map((s) => [s.latin && !s.exactCase ? s.surface.toLowerCase() : s.surface, s]));
  /**
   * @param {string} text
   * @returns {{ start: number, end: number, id: string }[]}
   */
  return (text) => {
    const found = [];
    for (const m of text.matchAll(pattern)) {
      const hit = lookup.get(m[0]) ?? lookup.get(m[0].toLowerCase());
      if (!hit || (hit.exactCase && hit.surface !== m[0])) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (hit.latin && (LATIN.test(text[start - 1] ?? '') || LATIN.test(text[end] ?? ''))) continue;
      found.push({ start, end, id: hit.id });
    }
    return found;
  };
}

/** @param {any} node */
function skipped(node) {
  if (node.type === 'element') {
    if (SKIP_TAGS.has(node.tagName)) return true;
    const c = node.properties?.className;
    const classes = Array.isArray(c) ? c : String(c ?? '').split(' ');
    return classes.some((x) => SKIP_CLASSES.includes(String(x)));
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP_COMPONENTS.has(node.name);
  return false;
}

/**
 * @param {{ file?: string, terms?: Term[], href?: (id: string) => string, version?: string }} [options]
 *   `version` is unused here: lib/mdx/plugins.mjs passes the glossary's hash so that a changed
 *   glossary invalidates the bundler's cache of the compiled chapters.
 * @returns {(tree: any) => void}
 */
export default function rehypeTermLinks(options = {}) {
  const terms = options.terms ?? JSON.parse(fs.readFileSync(options.file ?? path.join(process.cwd(), 'content', 'glossary.json'), 'utf8'));
  const find = termMatcher(termSurfaces(terms));
  const href = options.href ?? ((id) => `/glossary/#term-${id}`);

  return (tree) => {
    /** @type {Set<string>} */
    let seen = new Set();
    let off = false;
    /** @param {any} parent */
    const walk = (parent) => {
      if (!Array.isArray(parent.children)) return;
      const out = [];
      for (const node of parent.children) {
        if (node.type === 'element' && SECTION_TAGS.has(node.tagName)) {
          seen = new Set();
          off = REFERENCES_ID.test(String(node.properties?.id ?? ''));
        }
        if (node.type === 'text' && !off) {
          out.push(...link(node.value));
          continue;
        }
        if (!skipped(node)) walk(node);
        out.push(node);
      }
      parent.children = out;
    };
    /** @param {string} text */
    const link = (text) => {
      const parts = [];
      let at = 0;
      for (const m of find(text)) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        if (m.start > at) parts.push({ type: 'text', value: text.slice(at, m.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { className: ['term'], href: href(m.id), dataTerm: m.id },
          children: [{ type: 'text', value: text.slice(m.start, m.end) }],
        });
        at = m.end;
      }
      if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
      return parts.length ? parts : [{ type: 'text', value: text }];
    };
    walk(tree);
  };
}
