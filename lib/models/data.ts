/**
 * Training data for the mini models, cut from the corpus: a held-out split, and seeded batches for
 * next-character prediction (GPT), masked-character prediction (BERT) and chapter classification.
 */
import type { Rng } from '../compute/random';
import { CLS, MASK, SPECIALS, type Vocab } from './vocab';

/** Every tenth paragraph (lines 9, 19, …) is held out; the rest is for training. */
export function splitLines(text: string): { train: string; heldOut: string } {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const train = lines.filter((_, i) => i % 10 !== 9);
  const heldOut = lines.filter((_, i) => i % 10 === 9);
  return { train: train.join('\n') + '\n', heldOut: heldOut.join('\n') + '\n' };
}

export interface Batch {
  /** [B·T] int32, row-major [B, T]. */
  inputs: Int32Array;
  /** [B·T] for token targets, or [B] for class targets. */
  targets: Int32Array;
  /** [B·T] 1 where the position counts in the loss (MLM), else absent (every position counts). */
  weights?: Float32Array;
  batch: number;
  length: number;
}

/** B random windows of T+1 tokens: inputs are the first T, targets the last T (the next token). */
export function lmBatch(ids: Int32Array, B: number, T: number, rng: Rng): Batch {
  if (ids.length < T + 1) throw new Error(`text of ${ids.length} tokens is shorter than one window of ${T + 1}`);
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    const start = rng.int(ids.length - T);
    inputs.set(ids.subarray(start, start + T), b * T);
    targets.set(ids.subarray(start + 1, start + T + 1), b * T);
  }
  return { inputs, targets, batch: B, length: T };
}

/** Consecutive, non-overlapping windows for a fixed evaluation (at most `max`). */
export function lmWindows(ids: Int32Array, T: number, max: number): Batch {
  const count = Math.min(max, Math.floor((ids.length - 1) / T));
  const inputs = new Int32Array(count * T);
  const targets = new Int32Array(count * T);
  for (let b = 0; b < count; b++) {
    inputs.set(ids.subarray(b * T, b * T + T), b * T);
    targets.set(ids.subarray(b * T + 1, b * T + T + 1), b * T);
  }
  return { inputs, targets, batch: count, length: T };
}

/**
 * BERT's masking on windows of [CLS] + T−1 characters: each character is chosen with probability
 * `rate`; a chosen one becomes [MASK] 80 % of the time, a random character 10 %, itself 10 %. Only
 * chosen positions count in the loss (weights). Every window has at least one chosen position.
 */
export function mlmBatch(ids: Int32Array, vocab: Vocab, B: number, T: number, rng: Rng, rate = 0.15): Batch {
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  const weights = new Float32Array(B * T);
  const cls = vocab.id(CLS);
  const mask = vocab.id(MASK);
  for (let b = 0; b < B; b++) {
    const start = rng.int(ids.length - (T - 1) + 1);
    const row = b * T;
    inputs[row] = cls;
    targets[row] = cls;
    let chosen = 0;
    for (let t = 1; t < T; t++) {
      const id = ids[start + t - 1];
      inputs[row + t] = id;
      targets[row + t] = id;
      if (rng.next() < rate || (t === T - 1 && chosen === 0)) {
        chosen++;
        weights[row + t] = 1;
        const r = rng.next();
        if (r < 0.8) inputs[row + t] = mask;
        else if (r < 0.9) inputs[row + t] = SPECIALS.length + rng.int(vocab.size - SPECIALS.length);
      }
    }
  }
  return { inputs, targets, weights, batch: B, length: T };
}

/** A labelled text: the token ids of one class's text. */
export interface ClassText {
  label: number;
  ids: Int32Array;
}

/** B windows of [CLS] + L−1 characters, each from a uniformly chosen class; one length L per batch (no padding). */
export function classBatch(texts: readonly ClassText[], vocab: Vocab, B: number, L: number, rng: Rng): Batch {
  const inputs = new Int32Array(B * L);
  const targets = new Int32Array(B);
  for (let b = 0; b < B; b++) {
    const { label, ids } = texts[rng.int(texts.length)];
    const start = rng.int(Math.max(1, ids.length - (L - 1) + 1));
    inputs[b * L] = vocab.id(CLS);
    inputs.set(ids.subarray(start, start + L - 1), b * L + 1);
    targets[b] = label;
  }
  return { inputs, targets, batch: B, length: L };
}

/** Fixed classification windows: from each class, consecutive windows of L−1 characters (at most `perClass`). */
export function classWindows(texts: readonly ClassText[], vocab: Vocab, L: number, perClass: number): Batch {
  const rows: { label: number; ids: Int32Array }[] = [];
  for (const { label, ids } of texts) {
    for (let w = 0; w < perClass && (w + 1) * (L - 1) <= ids.length; w++) rows.push({ label, ids: ids.subarray(w * (L - 1), (w + 1) * (L - 1)) });
  }
  const inputs = new Int32Array(rows.length * L);
  const targets = new Int32Array(rows.length);
  rows.forEach((r, b) => {
    inputs[b * L] = vocab.id(CLS);
    inputs.set(r.ids, b * L + 1);
    targets[b] = r.label;
  });
  return { inputs, targets, batch: rows.length, length: L };
}
