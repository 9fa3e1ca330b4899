/**
 * The book's content as a whole: every chapter compiles as MDX with the site's own plugins, every
 * formula renders with KaTeX in strict error mode, every JSX tag is registered, and the loader's
 * book-wide rules hold on the real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from '@/lib/mdx/heading-ids.mjs';
import rehypeFocusableMath from '@/lib/mdx/rehype-focusable-math.mjs';
import { katexOptions } from '@/lib/mdx/plugins.mjs';
import { loadBook } from '@/lib/content/loader';
import { DOC_SECTIONS } from '@/lib/content/sections';
import { mdxComponents } from '@/components/mdx/registry';
import { visit } from 'unist-util-visit';
import { contentFiles, parseMdx } from './helpers/mdx';

const files = contentFiles();

describe('content/', () => {
  it('has ten chapters that load and validate as a book', () => {
    const book = loadBook();
    expect(book).toHaveLength(10);
    expect(book.map((c) => c.chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('holds every document section id exactly once', () => {
    const ids = loadBook().flatMap((c) => c.headings.map((h) => h.id));
    for (const s of DOC_SECTIONS) expect(ids.filter((id) => id === s.id), s.id).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s compiles with the site plugins', async (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    await expect(
      compile(
        { value: source, path: file },
        {
          remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, remarkHeadingIds],
          rehypePlugins: [[rehypeKatex, katexOptions], rehypeFocusableMath],
        },
      ),
    ).resolves.toBeTruthy();
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s: every formula renders in KaTeX without error', (_name, file) => {
    const tree = parseMdx(fs.readFileSync(file, 'utf8'));
    const formulas: { tex: string; display: boolean; line: number }[] = [];
    visit(tree, (n) => {
      if (n.type === 'math' || n.type === 'inlineMath') {
        formulas.push({ tex: n.value, display: n.type === 'math', line: n.position?.start.line ?? 0 });
      }
    });
    for (const f of formulas) {
      expect(() => katex.renderToString(f.tex, { ...katexOptions, throwOnError: true, displayMode: f.display }), `${path.basename(file)}:${f.line}: ${f.tex}`).not.toThrow();
    }
  });

  it('uses only registered MDX components', () => {
    const registered = new Set(Object.keys(mdxComponents));
    const used = new Map<string, string>();
    for (const file of files) {
      visit(parseMdx(fs.readFileSync(file, 'utf8')), (n) => {
        if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]/.test(n.name)) {
          used.set(n.name, `${path.basename(file)}:${n.position?.start.line}`);
        }
      });
    }
    const missing = [...used].filter(([name]) => !registered.has(name)).map(([n, at]) => `${n} (${at})`);
    expect(missing).toEqual([]);
  });

  it('marks corrections of the document with visible 勘误 notes, each under a heading', () => {
    const count = files.reduce((sum, f) => sum + (fs.readFileSync(f, 'utf8').match(/<Erratum\b/g) ?? []).length, 0);
    const listed = loadBook().flatMap((c) => c.errata);
    expect(count).toBeGreaterThanOrEqual(8);
    expect(listed).toHaveLength(count);
    for (const e of listed) expect(e.said.length).toBeGreaterThan(3);
  });
});
