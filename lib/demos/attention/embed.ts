/**
 * The explorer's input matrix X = E + P, in plain numbers:
 * - E: each token's embedding, drawn from a generator seeded by a hash of the token's text, so the
 *   same token always has the same vector (in any sentence, with any seed) — a stand-in for a
 *   learned embedding table, which the demo does not have;
 * - P: the sinusoidal positions of Vaswani et al. (2017),
 *   P[pos, 2i] = sin(pos / 10000^(2i/d)), P[pos, 2i+1] = cos(pos / 10000^(2i/d)).
 */
import { createRng } from '../../compute/random';

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A token's embedding: d standard-normal numbers from createRng(hashText(token)). */
export function tokenEmbedding(token: string, d: number): number[] {
  const rng = createRng(hashText(token));
  return Array.from({ length: d }, () => rng.normal());
}

/** The sinusoidal position vector of position `pos` (0-based), d numbers. */
export function positionalEncoding(pos: number, d: number): number[] {
  return Array.from({ length: d }, (_, j) => {
    const i = Math.floor(j / 2);
    const angle = pos / 10000 ** ((2 * i) / d);
    return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  });
}

export interface InputMatrices {
  /** Token embeddings [n][d] */
  e: number[][];
  /** Positions [n][d] */
  p: number[][];
  /** e + p [n][d] */
  x: number[][];
}

export function inputMatrices(tokens: readonly string[], d: number): InputMatrices {
  const e = tokens.map((t) => tokenEmbedding(t, d));
  const p = tokens.map((_, pos) => positionalEncoding(pos, d));
  const x = e.map((row, i) => row.map((v, j) => v + p[i][j]));
  return { e, p, x };
}
