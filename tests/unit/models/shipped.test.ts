/**
 * The shipped weights (public/models/): trained on exactly the corpus snapshot they name
 * (scripts/models/corpus-snapshot.json, the book's prose when they were trained), loadable, and what
 * their manifests say — the held-out figures are recomputed here from the weights. Chapter 6's
 * code samples for the in-page models are run as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { parseMdx } from '@/lib/content/mdast';
import { classify, fillMask } from '@/lib/models/bert';
import { classWindows, lmWindows, mlmBatch, type ClassText } from '@/lib/models/data';
import { complete } from '@/lib/models/gpt';
import { classAccuracy, batchLoss, maskedAccuracy } from '@/lib/models/train';
import { HELD_OUT_PER_CLASS, HELD_OUT_WINDOW, naiveBayesAccuracy } from '@/lib/models/evaluation';
import { parseNaiveBayes, trainNaiveBayes } from '@/lib/models/naive-bayes';
import { splitLines } from '@/lib/models/data';
import { SPECIALS } from '@/lib/models/vocab';
import { miniModel } from '@/lib/models/mini-model';
import { EXAMPLES, maskedText } from '@/lib/demos/mini-bert/params';
import { disposeParams } from '@/lib/models/transformer';
import type { LoadedModel } from '@/lib/models/weights';
import { createRng } from '@/lib/compute/random';
import { readCorpus, splitCorpus, SNAPSHOT_FILE } from '../../../scripts/models/book-corpus';
import { loadBook } from '@/lib/content/loader';
import { loadShippedModel, MODELS_DIR } from '../../models/shipped';
import { tf, useCpu } from '../compute/setup';

const corpus = readCorpus();
const split = splitCorpus(corpus.chapters);
let gpt: LoadedModel;
let bert: LoadedModel;

beforeAll(async () => {
  await useCpu();
  gpt = await loadShippedModel('gpt');
  bert = await loadShippedModel('bert');
});
afterAll(() => {
  disposeParams(gpt.params);
  disposeParams(bert.params);
});

/*
 * Recomputing the held-out figures runs the full held-out set through the models on tfjs-cpu (an
 * independent backend: training used wasm). Measured on a 2-core machine shared with two other test
 * runs (load average 3–6), this file alone, two runs: GPT 48–59 s, BERT 56–106 s, the code samples
 * 3–12 s (loading both models: 0.24 s); inside the whole `npx vitest run` (load average ~11) the file
 * took 233 s. Each recomputation gets about 4× its slowest lone run, instead of vitest's global 60 s.
 */
const RECOMPUTE_MS = 420_000;
const SAMPLES_MS = 60_000;

const RETRAIN = `the models were not trained on ${SNAPSHOT_FILE}: run \`npm run train:gpt && npm run train:bert\` and commit public/models/`;

describe('the shipped models', () => {
  it('were trained on the corpus snapshot (corpus hash), and corpus.json is that corpus', () => {
    expect(gpt.manifest.corpus.hash, RETRAIN).toBe(corpus.hash);
    expect(bert.manifest.corpus.hash, RETRAIN).toBe(corpus.hash);
    const file = JSON.parse(readFileSync(join(MODELS_DIR, 'corpus.json'), 'utf8'));
    expect(file).toEqual({ hash: corpus.hash, ...split });
  });

  it('cover the chapters of the book as it is now, under today’s titles (the labels BERT shows)', () => {
    const today = loadBook().map((c) => ({ slug: c.slug, label: `第 ${c.chapter} 章 ${c.title}` }));
    expect(corpus.chapters.map((c) => ({ slug: c.slug, label: `第 ${c.chapter} 章 ${c.title}` }))).toEqual(today);
    expect(bert.manifest.labels).toEqual(today.map((c) => c.label));
  });

  it('GPT: the held-out loss recomputed from the weights is the manifest’s, and far below a uniform guess', async () => {
    const ids = Int32Array.from(gpt.vocab.encode(split.heldOut).ids);
    const loss = tf.tidy(() => batchLoss(gpt.params, gpt.manifest.config, lmWindows(ids, gpt.manifest.config.ctx, 128), 'lm', false));
    const value = (await loss.data())[0];
    loss.dispose();
    expect(value).toBeCloseTo(gpt.manifest.training.finalHeldOutLoss, 3);
    expect(value).toBeLessThan(Math.log(gpt.manifest.config.vocabSize) - 2.5);
  }, RECOMPUTE_MS);

  it('BERT: held-out MLM loss and chapter accuracy recomputed from the weights are the manifest’s', async () => {
    const t = bert.manifest.training;
    const ids = Int32Array.from(bert.vocab.encode(split.heldOut).ids);
    const SEED = t.seed;
    const masked = mlmBatch(ids, bert.vocab, 128, bert.manifest.config.ctx, createRng(SEED + 1));
    const loss = tf.tidy(() => batchLoss(bert.params, bert.manifest.config, masked, 'mlm', false));
    expect((await loss.data())[0]).toBeCloseTo(t.mlmHeldOutLoss as number, 3);
    loss.dispose();
    const { top1, top5 } = await maskedAccuracy(bert.params, bert.manifest.config, masked, SPECIALS.length);
    expect(top1).toBeCloseTo(t.mlmHeldOutTop1 as number, 3);
    expect(top5).toBeCloseTo(t.mlmHeldOutTop5 as number, 3);
    const texts: ClassText[] = corpus.chapters.map((c, label) => {
      const lines = c.prose.split('\n').filter((l) => l.length > 0);
      return { label, ids: Int32Array.from(bert.vocab.encode(lines.filter((_, i) => i % 10 === 9).join('')).ids) };
    });
    const windows = classWindows(texts, bert.vocab, HELD_OUT_WINDOW, HELD_OUT_PER_CLASS);
    expect(windows.batch).toBe(t.clsHeldOutExamples);
    const accuracy = await classAccuracy(bert.params, bert.manifest.config, windows);
    expect(accuracy).toBe(t.clsHeldOutAccuracy);
    expect(accuracy).toBeGreaterThan(0.25); // ten classes: chance is 0.1
    // the baseline: naive Bayes trained on the same training paragraphs, on the same windows
    const naiveBayes = trainNaiveBayes(corpus.chapters.map((c) => splitLines(c.prose).train));
    expect(parseNaiveBayes(JSON.parse(readFileSync(join(MODELS_DIR, 'naive-bayes.json'), 'utf8')))).toEqual(naiveBayes);
    expect(naiveBayesAccuracy(naiveBayes, windows, bert.vocab)).toBe(t.naiveBayesHeldOutAccuracy);
    expect(bert.manifest.labels).toEqual(corpus.chapters.map((c) => `第 ${c.chapter} 章 ${c.title}`));
  }, RECOMPUTE_MS);

  it('BERT: the demo’s starting sentences were chosen from these weights, and it gets them right', async () => {
    expect(EXAMPLES.bertSha256, 'run npm run bert:examples after training BERT').toBe(bert.manifest.weights.sha256);
    const chars = Array.from(EXAMPLES.fillMask.text);
    const model = miniModel(bert);
    const filled = await fillMask(model, maskedText(chars, EXAMPLES.fillMask.masks), 5);
    expect(filled.map((f) => f.position)).toEqual(EXAMPLES.fillMask.masks);
    for (const f of filled) expect(f.top[0].token, `position ${f.position}`).toBe(chars[f.position]);
    const sentences = splitLines(corpus.chapters[EXAMPLES.classify.default.label].prose).heldOut;
    expect(sentences).toContain(EXAMPLES.classify.default.text);
    expect(corpus.chapters.some((ch) => splitLines(ch.prose).heldOut.includes(EXAMPLES.fillMask.text))).toBe(true);
    const c = await classify(model, [EXAMPLES.classify.default.text, ...EXAMPLES.classify.examples.map((e) => e.text)]);
    const argmax = (row: number[]) => row.indexOf(Math.max(...row));
    expect(argmax(c.probs[0])).toBe(EXAMPLES.classify.default.label);
    EXAMPLES.classify.examples.forEach((e, i) => expect(argmax(c.probs[i + 1]) === e.label, e.text).toBe(e.right !== 'naiveBayes'));
  }, SAMPLES_MS);

  it('chapter 6’s code samples for the in-page models run as printed', async () => {
    const mdx = readFileSync(join(process.cwd(), 'content', 'gpt-bert.mdx'), 'utf8');
    const samples: string[] = [];
    visit(parseMdx(mdx), 'code', (node) => {
      if (node.lang === 'ts' && /miniGpt|miniBert/.test(node.value)) samples.push(node.value);
    });
    expect(samples).toHaveLength(2);
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
    const printed: unknown[][] = [];
    const console = { log: (...a: unknown[]) => printed.push(a) };
    for (const code of samples) {
      const body = code.replace(/^import .*$/gm, '');
      await new AsyncFunction('complete', 'classify', 'fillMask', 'miniGpt', 'miniBert', 'console', body)(
        complete,
        classify,
        fillMask,
        { ...gpt, config: gpt.manifest.config },
        { ...bert, config: bert.manifest.config, labels: bert.manifest.labels! },
        console,
      );
    }
    // GPT sample: n = 2 choices, each a text and a finish reason; BERT sample: a label with its probability, then 5 candidates
    expect(printed).toHaveLength(4);
    expect(printed[0][1]).toMatch(/^(stop|length)$/);
    expect(printed[2][0]).toMatch(/^第 \d+ 章/);
    expect(printed[3][0]).toHaveLength(5);
  }, SAMPLES_MS);
});
