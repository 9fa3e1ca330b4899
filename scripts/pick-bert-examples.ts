/**
 * Chooses the mini BERT demo's starting sentences from measured results (issue: "defaults are
 * sentences from the held-out text on which the model is right, chosen by a script"). Runs the
 * shipped BERT (public/models/bert.*, tfjs wasm as in the page) and the naive-Bayes baseline
 * (public/models/naive-bayes.json) over every held-out sentence of the corpus snapshot, and writes
 * lib/demos/mini-bert/chosen-examples.ts: the fill-mask sentence and its two masks (both characters
 * ranked first by the model when masked together), the sentence to classify (the one BERT is surest
 * of among those it gets right), three examples (both right / only BERT / only naive Bayes), and the
 * sentence-level counts. Usage: npm run bert:examples (after npm run train:bert).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { classify, fillMask } from '../lib/models/bert';
import { splitLines } from '../lib/models/data';
import { pickClassify, pickMaskPair, sentencesOf, type ClassifyResult, type MaskResult } from '../lib/models/examples';
import { miniModel } from '../lib/models/mini-model';
import { naiveBayesScores, parseNaiveBayes } from '../lib/models/naive-bayes';
import { readCorpus } from './models/book-corpus';
import { MODELS_DIR, readShippedModel } from './models/shipped-model';

export const EXAMPLES_FILE = join('lib', 'demos', 'mini-bert', 'chosen-examples.ts');
/** Characters this frequent in the training text are too easy to guess to make a good example. */
const COMMON = 40;

await tf.setBackend('wasm');
await tf.ready();
const model = miniModel(await readShippedModel('bert'));
const { manifest } = model;
const naiveBayes = parseNaiveBayes(JSON.parse(readFileSync(join(MODELS_DIR, 'naive-bayes.json'), 'utf8')));

const corpus = readCorpus();
const splits = corpus.chapters.map((c) => splitLines(c.prose));
const frequency = new Map<string, number>();
for (const s of splits) for (const c of s.train) frequency.set(c, (frequency.get(c) ?? 0) + 1);
const common = new Set([...frequency].sort((a, b) => b[1] - a[1]).slice(0, COMMON).map(([c]) => c));
const known = (s: string) => Array.from(s).every((c) => model.vocab.encode(c).unknown.length === 0);

const sentences = splits.flatMap((s, label) => sentencesOf(s.heldOut).filter(known).map((text) => ({ text, label })));
const mask = (chars: string[], positions: number[]) => chars.map((c, i) => (positions.includes(i) ? '[MASK]' : c)).join('');
const rankIn = (top: { token: string; p: number }[], original: string) => {
  const i = top.findIndex((t) => t.token === original);
  return { rank: i + 1, p: top[i].p };
};

const results: ClassifyResult[] = [];
let best: { text: string; masks: [number, number]; p: [number, number] } | null = null;
for (const { text, label } of sentences) {
  const bert = (await classify(model, [text])).probs[0];
  const nb = naiveBayesScores(naiveBayes, text);
  const bertBest = bert.indexOf(Math.max(...bert));
  results.push({ text, label, bert: { best: bertBest, p: bert[bertBest] }, naiveBayes: { best: nb.best, p: nb.probs[nb.best] } });

  const chars = Array.from(text);
  const single: MaskResult[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!/\p{Script=Han}/u.test(chars[i]) || common.has(chars[i])) continue;
    const [pred] = await fillMask(model, mask(chars, [i]), model.config.vocabSize);
    single.push({ position: i, ...rankIn(pred.top, chars[i]) });
  }
  const pair = pickMaskPair(single);
  if (!pair) continue;
  const joint = await fillMask(model, mask(chars, pair), model.config.vocabSize);
  const ranks = joint.map((pred) => rankIn(pred.top, chars[pred.position]));
  if (ranks.some((r) => r.rank !== 1)) continue;
  const score = Math.min(ranks[0].p, ranks[1].p);
  if (!best || score > Math.min(...best.p)) best = { text, masks: pair, p: [ranks[0].p, ranks[1].p] };
}
if (!best) throw new Error('no held-out sentence has two characters the model fills in right');

const picked = pickClassify(results);
const out = {
  bertSha256: manifest.weights.sha256,
  naiveBayesChars: naiveBayes.chars.length,
  sentences: {
    count: results.length,
    bertRight: results.filter((r) => r.bert.best === r.label).length,
    naiveBayesRight: results.filter((r) => r.naiveBayes.best === r.label).length,
  },
  fillMask: { text: best.text, masks: best.masks, p: best.p.map((p) => +p.toFixed(4)) },
  classify: picked,
};
// a TypeScript module rather than JSON: the page, Node and the test runner all import it as it is
writeFileSync(
  EXAMPLES_FILE,
  `/** Chosen by scripts/pick-bert-examples.ts (npm run bert:examples) from the shipped BERT's answers on held-out sentences; do not edit by hand. */\n` +
    `export const CHOSEN = ${JSON.stringify(out, null, 2)} as const;\n`,
);
console.log(`${results.length} held-out sentences: BERT right ${out.sentences.bertRight}, naive Bayes ${out.sentences.naiveBayesRight}`);
console.log(`fill-mask: ${best.text} masks ${best.masks} (p ${out.fillMask.p})`);
console.log(`classify: ${picked.default.text} (chapter ${picked.default.label + 1}); examples ${picked.examples.map((e) => `${e.right}: ${e.text}`).join(' | ')}`);
