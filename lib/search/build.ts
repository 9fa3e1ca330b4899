/**
 * The search documents of the whole book (build time: reads content/). Served as
 * /search-index.json by app/search-index.json/route.ts; the worker builds the index from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBook } from '../content/loader';
import { chapterLabel } from '../content/book';
import { loadGlossary } from '../content/glossary';
import { parseMdx } from '../content/mdast';
import { chapterSections, glossaryDocs, type SearchDoc } from './sections';

/** Bumped when the payload's shape changes, so a cached old file is recognised. */
export const INDEX_VERSION = 1;

export interface IndexPayload {
  version: number;
  docs: SearchDoc[];
}

export function bookDocs(): SearchDoc[] {
  const sections = loadBook().flatMap((c) =>
    chapterSections(parseMdx(fs.readFileSync(path.join(process.cwd(), c.file), 'utf8')), {
      slug: c.slug,
      where: `${chapterLabel(c)} ${c.title}`,
    }),
  );
  return [...sections, ...glossaryDocs(loadGlossary())];
}

export function indexPayload(): IndexPayload {
  return { version: INDEX_VERSION, docs: bookDocs() };
}
