/**
 * Snippets and highlighting: where the query's pieces (its CJK runs and Latin words, as typed) occur
 * in a text, and a window of the text around the first occurrence, cut into plain and marked parts.
 * Parts are plain strings: the page renders them as text nodes, never as HTML.
 */
import { runs } from './tokenize';

export interface Part {
  text: string;
  mark: boolean;
}

/** The pieces of a query to look for in a text (lower-case), longest first. */
export function pieces(query: string): string[] {
  return [...new Set(runs(query).map((r) => r.text))].sort((a, b) => b.length - a.length);
}

/** Ranges [start, end) of the text where a piece occurs, merged, in order. Case-insensitive. */
export function matchRanges(text: string, query: string): [number, number][] {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for everything but a few letters (İ): then positions would drift, so we give up.
  if (lower.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const p of pieces(query)) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length)) ranges.push([at, at + p.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into parts, the given ranges marked. */
export function highlight(text: string, ranges: [number, number][]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * A snippet of about `width` characters around the first occurrence of the query (the whole query
 * if it occurs as typed, else its first piece that occurs), with "…" where the text was cut.
 */
export function snippet(text: string, query: string, width = 80): Part[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, query);
  const exact = flat.toLowerCase().indexOf(query.toLowerCase().replace(/\s+/g, ' ').trim());
  const centre = exact >= 0 ? exact : (ranges[0]?.[0] ?? 0);
  let start = Math.max(0, centre - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as [number, number]);
  const parts = highlight(flat.slice(start, end), inside);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < flat.length) parts.push({ text: '…', mark: false });
  return parts;
}
