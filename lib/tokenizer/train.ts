/**
 * Byte-level BPE training (Sennrich et al., 2016; byte-level as in GPT-2, Radford et al., 2019).
 * Each chunk of the pre-tokenised text starts as its UTF-8 bytes (ids 0–255). Repeatedly: count
 * every adjacent pair of ids inside the chunks (weighted by how often the chunk occurs), take the
 * most frequent pair (ties: the smallest first id, then the smallest second id), give it the next
 * id (256, 257, …) and replace it, left to right, in every chunk. There is no randomness: the same
 * text gives the same merges, and a run asked for fewer merges gives a prefix of a longer run's.
 *
 * Counts are updated incrementally: only the chunks that contain the merged pair are recounted.
 */
import { PairHeap } from './heap';
import { chunkCounts, utf8 } from './pretokenize';

/** A merge: the ids of the left and right parts; merge i makes id 256 + i. */
export type Merge = readonly [number, number];

/** Pairs are keyed as one number: ids stay below 2^16. */
export const pairKey = (a: number, b: number): number => a * 65536 + b;
export const MAX_VOCAB = 65536;

export interface TrainResult {
  merges: Merge[];
  /** The count of each merged pair when it was chosen. */
  counts: number[];
}

/** Replaces every (a, b) in ids, left to right without overlap, by id; returns a new array. */
export function mergePair(ids: readonly number[], a: number, b: number, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
      out.push(id);
      i++;
    } else out.push(ids[i]);
  }
  return out;
}

/**
 * Learns up to `numMerges` merges from a text (vocabulary size 256 + merges). Stops early when no
 * pair occurs at least `minCount` times (merging a pair seen once teaches nothing).
 */
export function trainBpe(text: string, numMerges: number, minCount = 2): TrainResult {
  if (!Number.isInteger(numMerges) || numMerges < 0 || 256 + numMerges > MAX_VOCAB)
    throw new Error(`合并次数应是 0 到 ${MAX_VOCAB - 256} 之间的整数，收到 ${numMerges}`);
  const words: number[][] = [];
  const freq: number[] = [];
  for (const [chunk, n] of chunkCounts(text)) {
    words.push(Array.from(utf8(chunk)));
    freq.push(n);
  }

  const pairs = new Map<number, number>();
  const where = new Map<number, Set<number>>();
  const touched = new Set<number>();
  const add = (w: number, sign: 1 | -1) => {
    const ids = words[w];
    for (let i = 0; i + 1 < ids.length; i++) {
      const k = pairKey(ids[i], ids[i + 1]);
      pairs.set(k, (pairs.get(k) ?? 0) + sign * freq[w]);
      touched.add(k);
      if (sign > 0) {
        let s = where.get(k);
        if (!s) where.set(k, (s = new Set()));
        s.add(w);
      }
    }
  };
  for (let w = 0; w < words.length; w++) add(w, 1);

  const heap = new PairHeap();
  for (const [k, c] of pairs) heap.push(c, k);
  touched.clear();

  const merges: Merge[] = [];
  const counts: number[] = [];
  while (merges.length < numMerges) {
    const top = heap.pop();
    if (!top) break;
    if (pairs.get(top.key) !== top.count) continue; // stale entry
    if (top.count < minCount) break;
    const a = Math.floor(top.key / 65536);
    const b = top.key % 65536;
    const id = 256 + merges.length;
    merges.push([a, b]);
    counts.push(top.count);
    for (const w of where.get(top.key) ?? []) {
      const ids = words[w];
      let has = false;
      for (let i = 0; i + 1 < ids.length && !has; i++) has = ids[i] === a && ids[i + 1] === b;
      if (!has) continue;
      add(w, -1);
      words[w] = mergePair(ids, a, b, id);
      add(w, 1);
    }
    where.delete(top.key);
    for (const k of touched) {
      const c = pairs.get(k) ?? 0;
      if (c > 0) heap.push(c, k);
      else pairs.delete(k);
    }
    touched.clear();
  }
  return { merges, counts };
}
