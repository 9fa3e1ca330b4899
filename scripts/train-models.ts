/**
 * Trains the mini GPT or the mini BERT on the book's prose and writes public/models/<kind>.json +
 * <kind>.bin. Seeded and single-threaded (tfjs wasm backend), so a run reproduces the shipped
 * manifest's numbers. Usage:
 *   npm run train:gpt            # full run (the shipped weights)
 *   npm run train:bert
 *   npm run train:gpt -- --verify   # re-run the first evaluation interval, compare with the manifest
 *   npm run train:bert -- --evaluate  # the shipped BERT's held-out figures (masked top-1/5, chapters, naive Bayes)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-wasm';
import { createRng } from '../lib/compute/random';
import { countParameters, type TransformerConfig } from '../lib/models/config';
import { classBatch, classWindows, lmBatch, lmWindows, mlmBatch, splitLines, type ClassText } from '../lib/models/data';
import { HELD_OUT_PER_CLASS, HELD_OUT_WINDOW, naiveBayesAccuracy } from '../lib/models/evaluation';
import { trainNaiveBayes } from '../lib/models/naive-bayes';
import { Trainer, classAccuracy, maskedAccuracy, type Objective } from '../lib/models/train';
import { initParams } from '../lib/models/transformer';
import { SPECIALS, Vocab } from '../lib/models/vocab';
import { WEIGHTS_FORMAT, WEIGHTS_VERSION, checkManifest, serializeParams, sha256Hex, type ModelManifest } from '../lib/models/weights';
import { readCorpus, splitCorpus, writeCorpusFile } from './models/book-corpus';
import { readShippedModel } from './models/shipped-model';

type Kind = 'gpt' | 'bert';
interface Phase {
  objective: Objective;
  /** Also an MLM batch in every step (fine-tuning that keeps the fill-in-the-blank skill). */
  withMlm?: boolean;
  steps: number;
  batch: number;
  learningRate: number;
  warmup: number;
  /** Dropout while training this phase (0 or absent: none). */
  dropout?: number;
}
interface Recipe {
  config: (vocabSize: number, numClasses: number) => TransformerConfig;
  phases: Phase[];
  evalEvery: number;
  /**
   * Early stopping: keep the parameters of the evaluation with the lowest held-out loss and ship
   * those, not the last step's (the mini GPT overfits the book's ~66,000 training characters).
   */
  keepBest?: boolean;
}

const SEED = 20261129;
const RECIPES: Record<Kind, Recipe> = {
  gpt: {
    config: (vocabSize) => ({ vocabSize, ctx: 64, dModel: 96, nLayers: 3, nHeads: 4, dFF: 384, causal: true }),
    phases: [{ objective: 'lm', steps: 3000, batch: 16, learningRate: 3e-3, warmup: 100, dropout: 0.2 }],
    evalEvery: Number(process.env.EVAL_EVERY ?? 100),
    keepBest: true,
  },
  bert: {
    config: (vocabSize, numClasses) => ({ vocabSize, ctx: 64, dModel: 96, nLayers: 3, nHeads: 4, dFF: 384, causal: false, numClasses }),
    phases: [
      { objective: 'mlm', steps: 1600, batch: 16, learningRate: 3e-3, warmup: 100 },
      { objective: 'cls', withMlm: true, steps: 800, batch: 32, learningRate: 2e-3, warmup: 50 },
    ],
    evalEvery: Number(process.env.EVAL_EVERY ?? 100),
  },
};

const args = process.argv.slice(2);
const kind = args[0] as Kind;
if (kind !== 'gpt' && kind !== 'bert') throw new Error('usage: train-models.ts gpt|bert [--verify] [--steps N]');
const verify = args.includes('--verify');
const stepsArg = args.indexOf('--steps');
const stepLimit = stepsArg >= 0 ? Number(args[stepsArg + 1]) : Infinity;
const outDir = join(process.cwd(), 'public', 'models');

await tf.setBackend('wasm');
await tf.ready();

const corpus = readCorpus();
const vocab = Vocab.fromText(corpus.text);
// held out per chapter (every tenth paragraph of each), so classification and MLM agree on what is unseen
const splits = corpus.chapters.map((c) => splitLines(c.prose));
const split = splitCorpus(corpus.chapters);
const encode = (s: string) => Int32Array.from(vocab.encode(s).ids);
const trainIds = encode(split.train);
const heldOutIds = encode(split.heldOut);
const labels = corpus.chapters.map((c) => `第 ${c.chapter} 章 ${c.title}`);
const classTexts = (part: 'train' | 'heldOut'): ClassText[] =>
  splits.map((s, label) => ({ label, ids: encode(s[part].replace(/\n/g, '')) }));

const recipe = RECIPES[kind];
// TRAIN_SMOKE=1: every phase 10 steps, for checking the script itself
if (process.env.TRAIN_SMOKE) recipe.phases.forEach((p) => (p.steps = 10));
const config = recipe.config(vocab.size, labels.length);
const rng = createRng(SEED);
const T = config.ctx;
let params = initParams(config, rng);
const heldOutLm = kind === 'gpt' ? lmWindows(heldOutIds, T, 128) : mlmBatch(heldOutIds, vocab, 128, T, createRng(SEED + 1));
const heldOutCls = kind === 'bert' ? classWindows(classTexts('heldOut'), vocab, HELD_OUT_WINDOW, HELD_OUT_PER_CLASS) : null;
// the baseline BERT's chapter classification has to beat, trained on the same training paragraphs
const naiveBayes = kind === 'bert' ? trainNaiveBayes(splits.map((s) => s.train)) : null;
const trainCls = classTexts('train');

console.log(`${kind}: ${countParameters(config).toLocaleString()} parameters, vocab ${vocab.size}, corpus ${corpus.text.length} chars (hash ${corpus.hash}), train ${trainIds.length} / held-out ${heldOutIds.length}`);

/** The encoder's held-out figures that the demo shows beside its answers. */
async function evaluateEncoder(p: Record<string, tf.Tensor>, c: TransformerConfig) {
  const masked = await maskedAccuracy(p, c, heldOutLm, SPECIALS.length);
  return {
    mlmHeldOutTop1: masked.top1,
    mlmHeldOutTop5: masked.top5,
    clsHeldOutAccuracy: await classAccuracy(p, c, heldOutCls!),
    clsHeldOutExamples: heldOutCls!.batch,
    naiveBayesHeldOutAccuracy: naiveBayesAccuracy(naiveBayes!, heldOutCls!, vocab),
  };
}

// --evaluate: the held-out figures of the shipped BERT (public/models/bert.*), printed; with --write
// also stored in its manifest's training record (weights trained before these figures existed)
if (args.includes('--evaluate')) {
  if (kind !== 'bert') throw new Error('--evaluate is for bert');
  const file = join(outDir, 'bert.json');
  const shipped = await readShippedModel('bert', outDir);
  const { manifest } = shipped;
  const figures = await evaluateEncoder(shipped.params, manifest.config);
  console.log(JSON.stringify(figures));
  if (args.includes('--write')) {
    Object.assign(manifest.training, figures);
    checkManifest(manifest, 'bert');
    writeFileSync(file, JSON.stringify(manifest, null, 1) + '\n');
    writeFileSync(join(outDir, 'naive-bayes.json'), JSON.stringify(naiveBayes) + '\n');
    console.log(`wrote the figures into ${file}, and public/models/naive-bayes.json`);
  }
  process.exit(0);
}

const curve: [number, number, number][] = [];
const extra: Record<string, unknown> = {};
const started = performance.now();
let globalStep = 0;
let trainer: Trainer | null = null;
/** Early stopping: the parameters (copies) and step of the lowest held-out loss so far. */
let best: { params: Record<string, tf.Tensor>; step: number; heldOut: number; train: number } | null = null;
for (const phase of recipe.phases) {
  trainer = new Trainer(params, config, { learningRate: phase.learningRate, warmupSteps: phase.warmup, totalSteps: phase.steps }, 1, phase.dropout ?? 0);
  let running = 0;
  let count = 0;
  for (let s = 0; s < phase.steps && globalStep < stepLimit; s++, globalStep++) {
    const batch =
      phase.objective === 'lm' ? lmBatch(trainIds, phase.batch, T, rng)
      : phase.objective === 'mlm' ? mlmBatch(trainIds, vocab, phase.batch, T, rng)
      : classBatch(trainCls, vocab, phase.batch, 9 + rng.int(T - 9), rng);
    const tasks = [{ batch, objective: phase.objective }];
    if (phase.withMlm) tasks.push({ batch: mlmBatch(trainIds, vocab, 8, T, rng), objective: 'mlm' });
    running += (await trainer.trainTogether(tasks))[0];
    count++;
    if ((globalStep + 1) % recipe.evalEvery === 0) {
      const held = phase.objective === 'cls' ? await trainer.evaluate(heldOutCls!, 'cls') : await trainer.evaluate(heldOutLm, phase.objective);
      curve.push([globalStep + 1, +(running / count).toFixed(5), +held.toFixed(5)]);
      const secs = (performance.now() - started) / 1000;
      console.log(`step ${globalStep + 1} ${phase.objective} train ${(running / count).toFixed(4)} held-out ${held.toFixed(4)}  ${secs.toFixed(0)} s`);
      if (recipe.keepBest && held < (best?.heldOut ?? Infinity)) {
        if (best) tf.dispose(Object.values(best.params));
        const copies = Object.fromEntries(Object.entries(trainer.params).map(([name, v]) => [name, tf.clone(v)]));
        best = { params: copies, step: globalStep + 1, heldOut: held, train: running / count };
      }
      running = 0;
      count = 0;
      if (verify) break;
    }
  }
  if (phase.objective === 'mlm') extra.mlmHeldOutLossAfterPretraining = await trainer.evaluate(heldOutLm, 'mlm');
  if (phase.objective === 'cls') {
    extra.mlmHeldOutLoss = await trainer.evaluate(heldOutLm, 'mlm');
    Object.assign(extra, await evaluateEncoder(trainer.params, config));
  }
  params = trainer.params;
  if (verify) break;
}
const seconds = (performance.now() - started) / 1000;

if (verify) {
  const manifest = checkManifest(JSON.parse(readFileSync(join(outDir, `${kind}.json`), 'utf8')), kind);
  const mine = curve[0];
  const shipped = manifest.training.curve[0];
  const same = manifest.corpus.hash === corpus.hash && shipped[0] === mine[0] && Math.abs(shipped[1] - mine[1]) < 1e-3 && Math.abs(shipped[2] - mine[2]) < 1e-3;
  console.log(`verify ${kind}: shipped step ${shipped[0]} train ${shipped[1]} held-out ${shipped[2]}; now ${mine[1]} / ${mine[2]} (corpus ${manifest.corpus.hash} vs ${corpus.hash}) → ${same ? 'same' : 'DIFFERENT'}`);
  process.exit(same ? 0 : 1);
}

// early stopping ships the best evaluation's parameters; otherwise the last step's
const shipped = best?.params ?? trainer!.params;
const { buffer, tensors } = await serializeParams(config, shipped);
const last = best ? [best.step, +best.train.toFixed(5), +best.heldOut.toFixed(5)] : curve[curve.length - 1];
if (best) {
  extra.shippedStep = best.step;
  extra.lastStepHeldOutLoss = curve[curve.length - 1][2];
}
const manifest: ModelManifest = {
  format: WEIGHTS_FORMAT,
  version: WEIGHTS_VERSION,
  kind,
  config,
  vocab: [...vocab.chars],
  ...(kind === 'bert' ? { labels } : {}),
  tensors,
  weights: { file: `${kind}.bin`, bytes: buffer.byteLength, sha256: await sha256Hex(buffer) },
  corpus: { hash: corpus.hash, chars: corpus.text.length, trainChars: trainIds.length, heldOutChars: heldOutIds.length },
  parameters: countParameters(config),
  training: {
    seed: SEED,
    backend: 'wasm (Node, 1 thread)',
    steps: globalStep,
    batchSize: recipe.phases[0].batch,
    learningRate: recipe.phases[0].learningRate,
    phases: recipe.phases,
    seconds: Math.round(seconds),
    curve,
    finalTrainLoss: last[1],
    finalHeldOutLoss: last[2],
    ...extra,
  },
};
checkManifest(manifest, kind);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `${kind}.bin`), buffer);
writeFileSync(join(outDir, `${kind}.json`), JSON.stringify(manifest, null, 1) + '\n');
if (kind === 'gpt') writeCorpusFile(corpus);
if (naiveBayes) writeFileSync(join(outDir, 'naive-bayes.json'), JSON.stringify(naiveBayes) + '\n');
console.log(`wrote public/models/${kind}.json and ${kind}.bin (${buffer.byteLength} bytes) in ${seconds.toFixed(0)} s`);
