/**
 * The glossary (content/glossary.json): its schema, that every entry points at a real section that
 * mentions the term, and that every English technical term in the rendered prose has an entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary, type GlossaryEntry } from '@/lib/content/glossary';
import { loadBook } from '@/lib/content/loader';
import { REFERENCES_ID, termSurfaces } from '@/lib/mdx/rehype-term-links.mjs';
import { contentFiles } from './helpers/mdx';
import { chapterTree, sections, type Section } from './helpers/prose';
import { NOT_TERMS } from './glossary-terms';

const glossary = loadGlossary();
const entry = (over: Partial<GlossaryEntry> = {}) => ({ id: 'softmax', zh: 'softmax', definition: '把实数变成概率分布的函数。', section: 'attn-formula', group: '注意力', ...over });

let book: Section[] = [];
beforeAll(async () => {
  book = (await Promise.all(contentFiles().map(async (f) => sections(await chapterTree(f))))).flat();
}, 120_000);

describe('glossary schema', () => {
  it('loads the book\'s glossary with at least 60 entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
  });

  it('rejects bad entries with a message naming the field', () => {
    expect(() => parseGlossary([entry({ id: 'Soft Max' })])).toThrow(/0\.id: id must be a lowercase ASCII slug/);
    expect(() => parseGlossary([entry({ definition: '太短' })])).toThrow(/0\.definition/);
    expect(() => parseGlossary([entry({ definition: '长'.repeat(241) })])).toThrow(/0\.definition/);
    expect(() => parseGlossary([{ ...entry(), extra: 1 }])).toThrow(/extra/);
    expect(() => parseGlossary([entry(), entry()])).toThrow(/"softmax" is used twice/);
    expect(() => parseGlossary([entry({ related: ['adam'] })])).toThrow(/related id "adam", which has no entry/);
    expect(parseGlossary([entry()])[0].aliases).toEqual([]);
  });

  it('gives each spelling to one entry only (one term per concept)', () => {
    const owner = new Map<string, string>();
    for (const e of glossary) {
      for (const s of [e.zh, e.en, e.abbr, ...e.aliases].filter((x): x is string => Boolean(x))) {
        const key = s.toLowerCase();
        if (owner.has(key) && owner.get(key) !== e.id) throw new Error(`"${s}" belongs to both ${owner.get(key)} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(owner.size).toBeGreaterThan(glossary.length);
  });

  it('points every entry at a heading of the book', () => {
    const ids = new Set(loadBook().flatMap((c) => c.headings.map((h) => h.id)));
    expect(glossary.filter((e) => !ids.has(e.section)).map((e) => `${e.id} → ${e.section}`)).toEqual([]);
  });
});

describe('glossary against the prose', () => {
  it('names, in the section each entry points at, the term itself', () => {
    const text = new Map(book.map((s) => [s.id, s.text.toLowerCase()]));
    const absent = glossary.filter((e) => {
      const t = text.get(e.section) ?? '';
      return ![e.zh, e.en, e.abbr, ...e.aliases].some((s) => s && t.includes(s.toLowerCase()));
    });
    expect(absent.map((e) => `${e.id} (${e.zh}) → ${e.section}`)).toEqual([]);
  });

  it('has an entry for every English technical term in the prose', () => {
    // A chapter's 参考文献 list gives works by their titles, which are not the book's prose.
    const prose = book.filter((s) => !REFERENCES_ID.test(s.id));
    expect(prose.length).toBeLessThan(book.length);
    const missing = findUndefinedTerms(prose.map((s) => s.text).join('\n'), glossary);
    expect(missing, `add these to content/glossary.json (en, abbr or aliases), or to tests/unit/glossary-terms.ts if they are not terms`).toEqual([]);
  });

  it('uses one Chinese term per concept: 词元, glossed once as 词元（token）; 缩放定律', () => {
    const all = book.map((s) => s.text).join('\n');
    expect(all.match(/词元（token/g)).toHaveLength(1);
    // "token" only in that gloss; max_tokens and the like are code, which is not in the text.
    expect(all.replaceAll('词元（token', '').match(/(?<![A-Za-z_])tokens?(?![A-Za-z_])/g)).toBeNull();
    expect(all).not.toContain('规模定律');
  });

  it('the coverage check would catch a missing term', () => {
    expect(findUndefinedTerms('用 Adam 和 softmax，再加 warmup 与 frobnication；Brown 等，2020；x 与 GPT-3', glossary)).toEqual(['frobnication']);
  });
});

const ALLOWED = new Set(Object.values(NOT_TERMS).flat());

/** Latin words of the text that are neither a glossary spelling nor allowed, sorted, each once. */
function findUndefinedTerms(text: string, entries: GlossaryEntry[]): string[] {
  let rest = text
    // Authors in a citation: "Kaplan et al. 2020", "Brown 等，2020", "Lee 等人", "Kingma 和 Ba，2015", "Polyak 1964".
    .replace(/(?<![A-Za-z])[A-Z][\w'’-]*(?:(?:,\s*|\s*&\s*|\s*[和与]\s*)[A-Z][\w'’-]*)*\s*(?:et al\.?|等人?|[，,（(]?\s*\d{4})/g, ' ')
    // A work's title quoted in 「」 or 《》.
    .replace(/「[\x20-\x7e]+」|《[\x20-\x7e]+》/g, ' ');
  for (const s of termSurfaces(entries)) {
    if (!s.latin) continue;
    const re = new RegExp(`(?<![A-Za-z0-9])${s.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, s.exactCase ? 'g' : 'gi');
    rest = rest.replace(re, ' ');
  }
  const words = rest.match(/[A-Za-z][A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*/g) ?? [];
  const missing = words.filter((w) => w.length > 1 && !/\d/.test(w) && !ALLOWED.has(w));
  return [...new Set(missing)].sort();
}
