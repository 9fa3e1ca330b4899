/**
 * Marks a query in one section of a chapter's static HTML: the text between the heading with the
 * given id and the next heading (h2–h4), as the search index cuts sections. Each occurrence of the
 * query's pieces in a text node becomes <mark class="search-hit">; formulas (KaTeX) are left alone.
 */
import { matchRanges } from '@/lib/search/snippet';
import { cleanQuery } from '@/lib/search/query';

const HEADINGS = 'h2, h3, h4';

/** Removes the marks of an earlier landing. */
function unmark(): void {
  for (const mark of document.querySelectorAll('mark.search-hit')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/** Returns how many marks were added. */
export function markSection(id: string, raw: string): number {
  unmark();
  const q = cleanQuery(raw);
  const heading = document.getElementById(id);
  if (!q || !heading || !heading.matches(HEADINGS)) return 0;
  const root = heading.closest('.mdx') ?? document.body;
  const headings = [...root.querySelectorAll(HEADINGS)];
  const next = headings[headings.indexOf(heading) + 1] ?? null;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const inSection = heading.contains(n) || heading.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!inSection) continue;
    if (next && (next.contains(n) || next.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (n.parentElement?.closest('.katex, mark, script, style, .heading-anchor')) continue;
    texts.push(n as Text);
  }

  let count = 0;
  for (const text of texts) {
    const ranges = matchRanges(text.data, q);
    for (const [start, end] of ranges.reverse()) {
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      count++;
    }
  }
  return count;
}
