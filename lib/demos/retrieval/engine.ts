/**
 * The two rankings of the retrieval demo over the shipped paragraphs: BM25 over the search
 * tokens (lib/search/tokenize.ts: a paragraph's characters and character pairs, the question's
 * pairs), and the cosine of mini-BERT sentence vectors.
 */
import { indexTokens, queryTokens } from '../../search/tokenize';
import { bm25Scores, buildBm25, type Bm25Index } from './bm25';
import type { Paragraph } from './corpus';
import { cosineScores, topK, type Ranked } from './rank';

export const TOP = 5;

export function paragraphIndex(paragraphs: readonly Paragraph[]): Bm25Index {
  return buildBm25(paragraphs.map((p) => indexTokens(p.text)));
}

/** The best `k` paragraphs by BM25; those that share no token with the question are left out. */
export function rankBm25(index: Bm25Index, question: string, k = TOP): Ranked[] {
  return topK(bm25Scores(index, queryTokens(question)), k, 0);
}

/** The best `k` paragraphs by cosine with the question's vector. */
export function rankCosine(vectors: Float32Array, dims: number, query: Float32Array, k = TOP): Ranked[] {
  return topK(cosineScores(query, vectors, dims), k);
}
