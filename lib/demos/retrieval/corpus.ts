/**
 * The paragraphs the retrieval demo ranks: every line of every chapter section's search text
 * (lib/search/sections.ts joins blocks with a newline) that is prose rather than a table cell, a
 * formula or a line of code — at least MIN_CHARS characters, MIN_HAN of them Chinese. Each keeps
 * the link of its section, as search results link (`/<chapter>/#<section-id>`).
 */
import type { SearchDoc } from '../../search/sections';

export const MIN_CHARS = 20;
/**
 * Sections left out: the one that places the demo and discusses its example questions would
 * otherwise be the best match for each of them.
 */
export const EXCLUDED_SECTIONS: readonly string[] = ['app-nlp-retrieval'];
export const MIN_HAN = 8;

export interface Paragraph {
  /** `/<chapter>/#<section-id>` without the base path. */
  href: string;
  /** "第 7 章 实际应用场景". */
  where: string;
  /** The section's heading. */
  title: string;
  text: string;
}

const HAN = /\p{Script=Han}/gu;

export function isProse(line: string): boolean {
  return [...line].length >= MIN_CHARS && (line.match(HAN)?.length ?? 0) >= MIN_HAN;
}

/** The prose paragraphs of the chapter sections, in book order, each text once. */
export function paragraphsOf(docs: readonly SearchDoc[]): Paragraph[] {
  const seen = new Set<string>();
  const out: Paragraph[] = [];
  for (const d of docs) {
    if (d.kind !== 'section' || EXCLUDED_SECTIONS.includes(d.id)) continue;
    for (const raw of d.text.split('\n')) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!isProse(text) || seen.has(text)) continue;
      seen.add(text);
      out.push({ href: d.href, where: d.where, title: d.title, text });
    }
  }
  return out;
}
