/**
 * How the mini BERT is measured, shared by the training script, the example picker and the tests:
 * the held-out classification windows (per chapter, consecutive windows of 32 characters from its
 * held-out paragraphs, 17 per chapter: the shortest chapter's held-out text has 17) and the
 * naive-Bayes baseline's accuracy on exactly those windows.
 */
import type { Batch } from './data';
import { naiveBayesScores, type NaiveBayesModel } from './naive-bayes';
import type { Vocab } from './vocab';

/** [CLS] + 32 characters. */
export const HELD_OUT_WINDOW = 33;
export const HELD_OUT_PER_CLASS = 17;

/** The characters of row b of a classification batch ([CLS] dropped). */
export function windowText(batch: Batch, b: number, vocab: Vocab): string {
  const row = batch.inputs.subarray(b * batch.length + 1, (b + 1) * batch.length);
  return Array.from(row, (id) => vocab.tokenText(id)).join('');
}

/** Fraction of the batch's windows whose naive-Bayes class is the target. */
export function naiveBayesAccuracy(model: NaiveBayesModel, batch: Batch, vocab: Vocab): number {
  let right = 0;
  for (let b = 0; b < batch.batch; b++) if (naiveBayesScores(model, windowText(batch, b, vocab)).best === batch.targets[b]) right++;
  return right / batch.batch;
}
