import { loadGlossary } from '@/lib/content/glossary';
import type { TermData } from './term-popover';

/**
 * The glossary entries a chapter's HTML links to (`data-term="…"`), as JSON for the popover: only
 * those, so a chapter carries a few kilobytes, not the whole glossary. `<` is escaped so that the
 * JSON can sit inside a <script> element.
 */
export function termData(html: string): string {
  const used = new Set([...html.matchAll(/data-term="([a-z0-9-]+)"/g)].map((m) => m[1]));
  const out: Record<string, TermData> = {};
  for (const e of loadGlossary()) {
    if (used.has(e.id)) out[e.id] = { zh: e.zh, ...(e.en ? { en: e.en } : {}), ...(e.abbr ? { abbr: e.abbr } : {}), definition: e.definition };
  }
  return JSON.stringify(out).replaceAll('<', '\\u003c');
}
