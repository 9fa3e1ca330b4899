/**
 * Citations: one style across the book — 「Brown 等，2020」 in parentheses and tables, 「Brown 等人（2020）」
 * in a sentence, two authors 「Kingma 与 Ba，2015」 — and every work cited in a chapter's prose is in
 * that chapter's 参考文献 list (a `## 参考文献 [#<prefix>-references]` section) with the same year.
 * A work listed in several chapters has one key (author and year) everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../helpers/mdx';

const NAME = String.raw`[A-Z][A-Za-z\-']+`;
const PARENTHETICAL = new RegExp(String.raw`(${NAME})(?: 与 (${NAME}))?( 等)?，((?:19|20)\d\d)`, 'gu');
const NARRATIVE = new RegExp(String.raw`(${NAME})(?: 与 (${NAME}))?( 等人)?（((?:19|20)\d\d)`, 'gu');
/** Words that stand before a year in the prose but are a model, a publisher or part of "arXiv", not an author. */
const NOT_AUTHORS = new Set(['BERT', 'ChatGPT', 'InstructGPT', 'Chinchilla', 'Gopher', 'Xiv', "O'Reilly", 'Press']);

/** The normalised keys 「A 等，Y」「A 与 B，Y」「A，Y」 of the citations in a text. */
export function citedKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const rx of [PARENTHETICAL, NARRATIVE]) {
    for (const m of text.matchAll(rx)) {
      const [, a, b, etAl, year] = m;
      if (!b && NOT_AUTHORS.has(a)) continue;
      keys.add(b ? `${a} 与 ${b}，${year}` : etAl ? `${a} 等，${year}` : `${a}，${year}`);
    }
  }
  return [...keys].sort();
}

interface Chapter {
  file: string;
  prose: string;
  references: Map<string, string>; // key → the rest of the entry (title and link)
}

function readChapter(file: string): Chapter {
  const source = fs.readFileSync(file, 'utf8');
  const at = source.search(/^## 参考文献 \[#[a-z]+-references\]$/m);
  const references = new Map<string, string>();
  if (at >= 0) {
    for (const line of source.slice(at).split('\n')) {
      const m = /^- (.+?，(?:19|20)\d\d)：(.+)$/u.exec(line);
      if (m) references.set(m[1], m[2]);
    }
  }
  return { file: path.basename(file), prose: at >= 0 ? source.slice(0, at) : source, references };
}

const chapters = contentFiles().map(readChapter);

describe('citations', () => {
  it('finds both styles, two authors and a single author, and skips model names', () => {
    const text = '见（Brown 等，2020；Kingma 与 Ba，2015），Kaplan 等人（2020）发现，Polyak（1964）提出，InstructGPT（2022）、arXiv，2019。';
    expect(citedKeys(text)).toEqual(['Brown 等，2020', 'Kaplan 等，2020', 'Kingma 与 Ba，2015', 'Polyak，1964']);
  });

  for (const c of chapters) {
    it(`${c.file}: has a 参考文献 list with a link in every entry`, () => {
      expect(c.references.size).toBeGreaterThan(0);
      for (const [key, rest] of c.references) expect(rest, key).toMatch(/\]\((https:\/\/[^\s]+)\)$/);
    });

    it(`${c.file}: one citation style (no "et al.", no 「等人 2020」)`, () => {
      expect(c.prose.match(/[A-Z][A-Za-z-]+ et al\.?/g) ?? []).toEqual([]);
      expect(c.prose.match(/[A-Z][A-Za-z-]+ 等人? \d{4}/g) ?? []).toEqual([]);
      expect(c.prose.match(/[A-Z][A-Za-z-]+ (?:&|和) [A-Z][A-Za-z-]+[，, ]\d{4}/g) ?? []).toEqual([]);
    });

    it(`${c.file}: every work cited in the prose is in the chapter's list, with the same year`, () => {
      const missing = citedKeys(c.prose).filter((k) => !c.references.has(k));
      expect(missing).toEqual([]);
    });
  }

  it('a work listed in several chapters has the same author and year everywhere', () => {
    const byTitle = new Map<string, Set<string>>();
    for (const c of chapters) {
      for (const [key, rest] of c.references) {
        const title = rest.replace(/。\[.*$/, '');
        byTitle.set(title, (byTitle.get(title) ?? new Set()).add(key));
      }
    }
    const conflicting = [...byTitle].filter(([, keys]) => keys.size > 1).map(([t, keys]) => `${t}: ${[...keys].join(' / ')}`);
    expect(byTitle.size).toBeGreaterThan(20);
    expect(conflicting).toEqual([]);
  });
});
