/**
 * The glossary (术语表): one data file, `content/glossary.json`, validated here at build time like the
 * chapters' frontmatter. Used by /glossary/, by the term links in the chapters and by the search index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from '@/lib/zod';
import { formatProblems } from './problems';

/** `term-<id>` is the entry's element id on /glossary/: lowercase ASCII, digits, hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const glossaryEntrySchema = z
  .object({
    /** ASCII slug: /glossary/#term-<id>. Never changes once published. */
    id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug such as "softmax" or "layer-norm"'),
    /** The Chinese term the book uses (one term per concept), e.g. 词元. */
    zh: z.string().min(1),
    /** The English term, e.g. token. */
    en: z.string().min(1).optional(),
    /** Abbreviation, e.g. MLM. */
    abbr: z.string().min(1).optional(),
    /** Other spellings that should link to this entry in the prose (e.g. "Softmax"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** One or two sentences, in the book's own words. */
    definition: z.string().min(8).max(240),
    /** Id of the heading that defines the term. */
    section: z.string().regex(/^[a-z0-9-]+$/),
    /** Ids of related entries. */
    related: z.array(z.string().regex(SLUG)).default([]),
    /** Heading under which /glossary/ groups the entry. */
    group: z.string().min(1),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const GLOSSARY_FILE = path.join(process.cwd(), 'content', 'glossary.json');

/**
 * Validates the entries as a whole: unique ids and terms, related ids that exist. Section ids are
 * checked against the book by the caller that has it (tests/unit/glossary.test.ts).
 */
export function parseGlossary(data: unknown, file = 'content/glossary.json'): GlossaryEntry[] {
  const result = z.array(glossaryEntrySchema).safeParse(data);
  if (!result.success) {
    const problems = formatProblems(result.error);
    throw new Error(`${file}: invalid glossary\n${problems}`);
  }
  const entries = result.data;
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`${file}: the id "${e.id}" is used twice`);
    seen.add(e.id);
  }
  for (const e of entries) {
    for (const r of e.related) if (!seen.has(r)) throw new Error(`${file}: "${e.id}" lists the related id "${r}", which has no entry`);
  }
  return entries;
}

let cache: GlossaryEntry[] | undefined;

/** All glossary entries, validated (build time only: reads the file system). */
export function loadGlossary(file: string = GLOSSARY_FILE): GlossaryEntry[] {
  if (file === GLOSSARY_FILE && cache) return cache;
  const entries = parseGlossary(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
  if (file === GLOSSARY_FILE) cache = entries;
  return entries;
}
