/**
 * Choosing the mini BERT demo's starting sentences from measured results, not by hand
 * (scripts/pick-bert-examples.ts runs the shipped model and the naive-Bayes baseline over the
 * held-out sentences and keeps what these functions choose). Plain data in, plain data out.
 */

/** Held-out sentences a reader could type: cut at 。！？；, kept if `min`–`max` characters long. */
export function sentencesOf(paragraphs: string, min = 14, max = 36): string[] {
  const out: string[] = [];
  for (const line of paragraphs.split('\n')) {
    for (const piece of line.split(/(?<=[。！？；])/u)) {
      const s = piece.trim().replace(/[。；]$/u, '');
      const n = Array.from(s).length;
      if (n >= min && n <= max) out.push(s);
    }
  }
  return out;
}

/** One held-out sentence as both classifiers saw it. */
export interface ClassifyResult {
  text: string;
  /** The chapter it comes from (class index). */
  label: number;
  bert: { best: number; p: number };
  naiveBayes: { best: number; p: number };
}

export type Agreement = 'both' | 'bert' | 'naiveBayes';

export interface ClassifyExample {
  text: string;
  label: number;
  /** Which of the two got it right. */
  right: Agreement;
}

/**
 * The default: the sentence BERT classifies right with the highest probability. The examples: for
 * each outcome (both right, only BERT, only naive Bayes), the sentence the right one is surest of,
 * from chapters not used yet where possible. Throws if BERT gets none right.
 */
export function pickClassify(results: readonly ClassifyResult[]): { default: ClassifyExample; examples: ClassifyExample[] } {
  const bertRight = (r: ClassifyResult) => r.bert.best === r.label;
  const nbRight = (r: ClassifyResult) => r.naiveBayes.best === r.label;
  const byBert = [...results].filter(bertRight).sort((a, b) => b.bert.p - a.bert.p);
  if (byBert.length === 0) throw new Error('BERT classifies none of the held-out sentences right');
  const first = byBert[0];
  const used = new Set([first.label]);
  const examples: ClassifyExample[] = [];
  const outcomes: [Agreement, (r: ClassifyResult) => boolean, (r: ClassifyResult) => number][] = [
    ['both', (r) => bertRight(r) && nbRight(r), (r) => Math.min(r.bert.p, r.naiveBayes.p)],
    ['bert', (r) => bertRight(r) && !nbRight(r), (r) => r.bert.p],
    ['naiveBayes', (r) => !bertRight(r) && nbRight(r), (r) => r.naiveBayes.p],
  ];
  for (const [right, test, score] of outcomes) {
    const pool = results.filter((r) => r !== first && test(r)).sort((a, b) => score(b) - score(a));
    const pick = pool.find((r) => !used.has(r.label)) ?? pool[0];
    if (!pick) continue;
    used.add(pick.label);
    examples.push({ text: pick.text, label: pick.label, right });
  }
  return { default: { text: first.text, label: first.label, right: nbRight(first) ? 'both' : 'bert' }, examples };
}

/** One masked position of a sentence: the original character's rank (1 = top) and probability. */
export interface MaskResult {
  position: number;
  rank: number;
  p: number;
}

/**
 * The two positions to mask in a sentence: the two the model ranks first with the highest
 * probabilities (each masked alone), not next to each other; null if there are not two such.
 */
export function pickMaskPair(single: readonly MaskResult[]): [number, number] | null {
  const top = single.filter((m) => m.rank === 1).sort((a, b) => b.p - a.p);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      if (Math.abs(top[i].position - top[j].position) > 1) return [top[i].position, top[j].position].sort((a, b) => a - b) as [number, number];
    }
  }
  return null;
}
