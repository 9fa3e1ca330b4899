/**
 * Choosing the next token from logits, with the parameters of the completions API the chapter
 * discusses: temperature, top_p, and a seeded generator. Plain JavaScript over a Float32Array, so
 * every rule can be tested exactly.
 */
import type { Rng } from '../compute/random';

export interface SamplingOptions {
  /** 0 = always the most probable token (greedy); otherwise logits are divided by it. */
  temperature: number;
  /** Keep the smallest set of most-probable tokens whose probabilities sum to at least top_p (0 < top_p ≤ 1). */
  topP: number;
  /** Token ids never to choose (e.g. the special tokens). */
  banned?: readonly number[];
}

export interface Candidate {
  id: number;
  /** Probability under the distribution actually sampled from (after temperature and top_p). */
  p: number;
}

export interface Choice {
  id: number;
  /** The sampling distribution, zero outside the top_p set. */
  probs: Float64Array;
  /** How many tokens the top_p set kept. */
  kept: number;
}

/** softmax(logits / T) in float64, with banned ids at 0. T must be > 0. */
export function softmaxT(logits: ArrayLike<number>, temperature = 1, banned: readonly number[] = []): Float64Array {
  if (!(temperature > 0)) throw new Error(`temperature must be > 0 here (got ${temperature})`);
  const n = logits.length;
  const skip = new Set(banned);
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (!skip.has(i) && logits[i] > max) max = logits[i];
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    out[i] = Math.exp((logits[i] - max) / temperature);
    sum += out[i];
  }
  for (let i = 0; i < n; i++) out[i] /= sum;
  return out;
}

/** Ids sorted by probability, highest first (ties: lower id first). */
export function rankIds(probs: ArrayLike<number>): number[] {
  return Array.from({ length: probs.length }, (_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
}

/** Nucleus filter: zero all but the smallest top set with cumulative probability ≥ p, renormalised. */
export function topPFilter(probs: Float64Array, p: number): { probs: Float64Array; kept: number } {
  if (!(p > 0 && p <= 1)) throw new Error(`top_p must be in (0, 1] (got ${p})`);
  if (p === 1) return { probs, kept: probs.reduce((n, v) => n + (v > 0 ? 1 : 0), 0) };
  const order = rankIds(probs);
  const out = new Float64Array(probs.length);
  let cum = 0;
  let kept = 0;
  for (const id of order) {
    if (probs[id] <= 0) break;
    out[id] = probs[id];
    cum += probs[id];
    kept++;
    if (cum >= p - 1e-12) break;
  }
  for (let i = 0; i < out.length; i++) out[i] /= cum;
  return { probs: out, kept };
}

export function argmax(values: ArrayLike<number>, banned: readonly number[] = []): number {
  const skip = new Set(banned);
  let best = -1;
  for (let i = 0; i < values.length; i++) if (!skip.has(i) && (best < 0 || values[i] > values[best])) best = i;
  return best;
}

/** One draw. temperature 0 → argmax of the logits (the distribution shown is then one-hot). */
export function chooseToken(logits: ArrayLike<number>, options: SamplingOptions, rng: Rng): Choice {
  const { temperature, topP, banned = [] } = options;
  if (!(temperature >= 0)) throw new Error(`temperature must be ≥ 0 (got ${temperature})`);
  if (temperature === 0) {
    const id = argmax(logits, banned);
    const probs = new Float64Array(logits.length);
    probs[id] = 1;
    return { id, probs, kept: 1 };
  }
  const filtered = topPFilter(softmaxT(logits, temperature, banned), topP);
  // inverse CDF over the ids in order (no sort needed: any fixed order samples the same distribution)
  let u = rng.next();
  let id = -1;
  for (let i = 0; i < filtered.probs.length; i++) {
    if (filtered.probs[i] <= 0) continue;
    id = i;
    u -= filtered.probs[i];
    if (u < 0) break;
  }
  return { id, probs: filtered.probs, kept: filtered.kept };
}

/** The k most probable entries of a distribution, highest first (ties: lower id first); O(V·k), no full sort. */
export function topK(probs: ArrayLike<number>, k: number): Candidate[] {
  const best: Candidate[] = [];
  for (let id = 0; id < probs.length; id++) {
    const p = probs[id];
    if (best.length === k && p <= best[k - 1].p) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].p < p) at--;
    best.splice(at, 0, { id, p });
    if (best.length > k) best.pop();
  }
  return best;
}
