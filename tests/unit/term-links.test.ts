/** lib/mdx/rehype-term-links.mjs: which words of a chapter become links to /glossary/. */
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from '@/lib/mdx/heading-ids.mjs';
import rehypeTermLinks, { termMatcher, termSurfaces } from '@/lib/mdx/rehype-term-links.mjs';
import { loadGlossary } from '@/lib/content/glossary';
import { contentFiles } from './helpers/mdx';
import { chapterTree, sections, type Node } from './helpers/prose';

const TERMS = [
  { id: 'attention', zh: '注意力', en: 'attention' },
  { id: 'self-attention', zh: '自注意力', en: 'self-attention' },
  { id: 'transformer', zh: 'Transformer', en: 'Transformer' },
  { id: 'mlm', zh: '掩码语言模型', abbr: 'MLM', aliases: ['masked LM'] },
];

/** The links the plugin makes in an MDX snippet: [section id, link text, term id]. */
async function links(mdx: string): Promise<string[][]> {
  let tree: Node | undefined;
  await compile(mdx, {
    remarkPlugins: [remarkMath, remarkHeadingIds],
    rehypePlugins: [rehypeKatex, [rehypeTermLinks, { terms: TERMS }], () => (t: Node) => void (tree = t)],
  });
  return sections(tree!).flatMap((s) => s.terms.map((id, i) => [s.id, s.linkTexts[i], id]));
}

describe('term links', () => {
  it('links the first occurrence of each term per section, the longest spelling first', async () => {
    const out = await links('自注意力和注意力，再说一次注意力。\n\n## 二 [#two]\n\n注意力又出现了。\n\n### 三 [#three]\n\n注意力。');
    expect(out).toEqual([
      ['', '自注意力', 'self-attention'],
      ['', '注意力', 'attention'],
      ['two', '注意力', 'attention'],
      ['three', '注意力', 'attention'],
    ]);
  });

  it('skips headings, code, formulas, links and component attributes', async () => {
    const out = await links(
      '## 注意力 [#h]\n\n`注意力` $\\text{注意力}$ [注意力](/x/) <Callout title="注意力">正文里的注意力</Callout>\n\n```\n注意力\n```\n',
    );
    expect(out).toEqual([['h', '注意力', 'attention']]);
  });

  it('makes no links in a references list (a section whose id ends in -references)', async () => {
    const out = await links('## 正文 [#a]\n\n注意力\n\n## 参考文献 [#a-references]\n\n- 注意力\n\n## 其后 [#b]\n\n注意力');
    expect(out).toEqual([
      ['a', '注意力', 'attention'],
      ['b', '注意力', 'attention'],
    ]);
  });

  it('matches Latin names as whole words, ignoring case except for abbreviations', async () => {
    const out = await links('Transformers 不算；mlm 不算；transformer 算。MLM 算，a masked LM 也指它。');
    expect(out).toEqual([
      ['', 'transformer', 'transformer'],
      ['', 'MLM', 'mlm'],
    ]);
  });

  it('writes a link with the class, the data attribute and the glossary address', async () => {
    let tree: Node | undefined;
    await compile('注意力', { rehypePlugins: [[rehypeTermLinks, { terms: TERMS }], () => (t: Node) => void (tree = t)] });
    const a = JSON.stringify(tree);
    expect(a).toContain('"href":"/glossary/#term-attention"');
    expect(a).toContain('"dataTerm":"attention"');
    expect(a).toContain('"className":["term"]');
  });

  it('finds nothing without terms, and every spelling of the book\'s glossary is found alone', () => {
    expect(termMatcher([])('注意力')).toEqual([]);
    const surfaces = termSurfaces(loadGlossary());
    const find = termMatcher(surfaces);
    for (const s of surfaces) expect(find(` ${s.surface} `).map((m) => m.id), s.surface).toEqual([s.id]);
  });

  it('in the book, links each term at most once per section, with text that is one of its spellings', async () => {
    const spelling = new Map(termSurfaces(loadGlossary()).map((s) => [s.surface.toLowerCase(), s.id]));
    let count = 0;
    for (const f of contentFiles()) {
      for (const s of sections(await chapterTree(f))) {
        expect(new Set(s.terms).size, `${f} #${s.id}`).toBe(s.terms.length);
        s.linkTexts.forEach((t, i) => expect(spelling.get(t.toLowerCase()), t).toBe(s.terms[i]));
        count += s.terms.length;
      }
    }
    expect(count).toBeGreaterThan(300);
  }, 120_000);
});
