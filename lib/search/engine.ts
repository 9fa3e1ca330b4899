/**
 * The search engine: MiniSearch over the section documents with the book's tokenizer, every query
 * term required (AND), Latin words matched as prefixes, headings weighted 3×, glossary entries
 * boosted 2×. MiniSearch's BM25 score is then refined by one rule a reader expects: a section whose
 * heading contains the query as typed comes first, then sections whose text contains it as typed,
 * then the rest (sections holding all the pieces, but apart).
 *
 * Runs in the search worker, and in Node for the tests and the benchmark.
 */
import MiniSearch from 'minisearch';
import { indexTokens, isLatinKey, queryTokens, runs, termKey } from './tokenize';
import { snippet, type Part } from './snippet';
import type { SearchDoc } from './sections';
import { cleanQuery } from './query';

export { cleanQuery };

/** Results given snippets by default (the /search/ page shows this many). */
export const MAX_RESULTS = 50;

export interface Result {
  id: string;
  kind: SearchDoc['kind'];
  href: string;
  where: string;
  title: Part[];
  snippet: Part[];
  score: number;
}

const flatten = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export interface Answer {
  /** How many sections match. */
  total: number;
  /** The best `limit` of them, with snippets. */
  results: Result[];
}

export interface SearchIndex {
  search(query: string, limit?: number): Answer;
  /** True once MiniSearch holds every document; before that, queries are answered by a plain scan. */
  readonly built: boolean;
  /** Builds the index in chunks, letting queries in between (the worker); resolves when done. */
  build(): Promise<void>;
  readonly size: number;
}

/** Occurrences of `piece` in `text`. */
function count(text: string, piece: string): number {
  let n = 0;
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) n++;
  return n;
}

/** The index over the documents, built at once (`createIndex`) or later in chunks (`createIndex(docs, false)` then `build()`). */
export function createIndex(docs: SearchDoc[], buildNow = true): SearchIndex {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const flat = new Map(docs.map((d) => [d.id, { title: flatten(d.title), text: flatten(d.text) }]));
  const boost = (d: SearchDoc) => (d.kind === 'glossary' ? 2 : 1);
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: [],
    tokenize: indexTokens,
    processTerm: termKey,
    searchOptions: {
      tokenize: queryTokens,
      processTerm: termKey,
      combineWith: 'AND',
      prefix: (key) => isLatinKey(key),
      boost: { title: 3 },
      boostDocument: (id) => boost(byId.get(String(id))!),
    },
  });
  let built = false;
  if (buildNow) {
    mini.addAll(docs);
    built = true;
  }

  /**
   * While the index is being built: every document holding all the query's pieces (CJK runs and
   * Latin words, as substrings), scored by how densely they occur, headings 3×, glossary 2×.
   */
  const scan = (parts: string[]) =>
    docs.flatMap((doc) => {
      const { title, text } = flat.get(doc.id)!;
      if (!parts.every((p) => title.includes(p) || text.includes(p))) return [];
      // Occurrences per square root of length: short texts (a glossary entry) are not drowned by long ones.
      const density = (field: string, p: string) => count(field, p) / Math.sqrt(field.length + 1);
      return [{ doc, score: boost(doc) * parts.reduce((n, p) => n + 3 * density(title, p) + density(text, p), 0) }];
    });

  return {
    size: docs.length,
    get built() {
      return built;
    },
    async build() {
      if (built) return;
      await mini.addAllAsync(docs, { chunkSize: 16 });
      built = true;
    },
    search(raw, limit = MAX_RESULTS) {
      const query = cleanQuery(raw);
      if (!runs(query).length) return { total: 0, results: [] };
      const exact = flatten(query);
      const parts = [...new Set(runs(query).map((r) => r.text))];
      const tier = (d: SearchDoc) => {
        const { title, text } = flat.get(d.id)!;
        // The heading is the query itself (「2.1 梯度下降」, the glossary's 「梯度下降 gradient descent」):
        // above headings that merely contain it (「批量梯度下降」).
        if (title === exact || title.replace(/^(?:[\d.]+|q\d+) /, '') === exact || (d.kind === 'glossary' && title.startsWith(`${exact} `))) return 3;
        if (title.includes(exact) || parts.every((p) => title.includes(p))) return 2;
        return text.includes(exact) ? 1 : 0;
      };
      const matched = built ? mini.search(query).map((r) => ({ doc: byId.get(String(r.id))!, score: r.score })) : scan(parts);
      const ranked = matched.map((r) => ({ ...r, tier: tier(r.doc) })).sort((a, b) => b.tier - a.tier || b.score - a.score);
      const results = ranked.slice(0, limit).map(({ doc, score }) => ({
        id: doc.id,
        kind: doc.kind,
        href: doc.href,
        where: doc.where,
        title: snippet(doc.title, query, 200),
        snippet: snippet(doc.text, query),
        score,
      }));
      return { total: ranked.length, results };
    },
  };
}
