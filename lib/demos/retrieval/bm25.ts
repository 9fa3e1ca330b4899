/**
 * BM25 (Robertson and Zaragoza's Okapi weighting) over token lists, plain TypeScript. For a query
 * q₁…qₙ and a document D of |D| tokens,
 *
 *   score(D, q) = Σᵢ IDF(qᵢ) · f(qᵢ, D)·(k₁ + 1) / (f(qᵢ, D) + k₁·(1 − b + b·|D|/avgdl)),
 *   IDF(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)),
 *
 * f the term's count in D, N the number of documents, n(t) how many contain t, avgdl the mean length.
 * The IDF is Lucene's (never negative). Each distinct query token counts once.
 */
export const K1 = 1.2;
export const B = 0.75;

export interface Bm25Index {
  /** Per document: token → count. */
  counts: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  /** Token → number of documents that hold it. */
  docFreq: Map<string, number>;
}

export function buildBm25(docs: readonly (readonly string[])[]): Bm25Index {
  const docFreq = new Map<string, number>();
  const counts = docs.map((tokens) => {
    const c = new Map<string, number>();
    for (const t of tokens) c.set(t, (c.get(t) ?? 0) + 1);
    for (const t of c.keys()) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    return c;
  });
  const lengths = docs.map((d) => d.length);
  const avgLength = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
  return { counts, lengths, avgLength, docFreq };
}

export function idf(index: Bm25Index, token: string): number {
  const N = index.counts.length;
  const n = index.docFreq.get(token) ?? 0;
  return Math.log(1 + (N - n + 0.5) / (n + 0.5));
}

/** Every document's score for the query tokens (duplicates counted once). */
export function bm25Scores(index: Bm25Index, query: readonly string[], k1 = K1, b = B): Float64Array {
  const scores = new Float64Array(index.counts.length);
  const avg = index.avgLength || 1;
  for (const t of new Set(query)) {
    if (!index.docFreq.has(t)) continue;
    const w = idf(index, t);
    index.counts.forEach((c, d) => {
      const f = c.get(t);
      if (!f) return;
      scores[d] += (w * f * (k1 + 1)) / (f + k1 * (1 - b + (b * index.lengths[d]) / avg));
    });
  }
  return scores;
}
