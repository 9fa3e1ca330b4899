/**
 * The book's scaling experiment (lib/demos/scaling/experiment.ts, docs/scaling.md): trains every
 * size of the ladder at each of three learning rates on the same characters of the book, seeded, on
 * tfjs wasm (one thread), and writes public/models/scaling.json with the best run of each size. Usage:
 *   npm run train:scaling              # every size at three learning rates (about 30 minutes on a 2-core machine)
 *   npm run train:scaling -- --verify  # the smallest size's first interval, compared with the file
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-wasm';
import { createRng } from '../lib/compute/random';
import { countParameters } from '../lib/models/config';
import { lmBatch, lmWindows } from '../lib/models/data';
import { Trainer } from '../lib/models/train';
import { initParams } from '../lib/models/transformer';
import { Vocab } from '../lib/models/vocab';
import {
  BUDGET, LEARNING_RATES, SCALING_FORMAT, SCALING_SEED, SCALING_VERSION, SIZES, nonEmbeddingParameters, scalingConfig,
  scalingFileSchema, type ScalingFile, type ScalingRun,
} from '../lib/demos/scaling/experiment';
import { readCorpus, splitCorpus } from './models/book-corpus';

const verify = process.argv.includes('--verify');
const FILE = join(process.cwd(), 'public', 'models', 'scaling.json');
/** Every held-out window of the context length (the held-out text is about 7,600 characters). */
const HELD_OUT_WINDOWS = 256;

await tf.setBackend('wasm');
await tf.ready();

const corpus = readCorpus();
const vocab = Vocab.fromText(corpus.text);
const split = splitCorpus(corpus.chapters);
const encode = (s: string) => Int32Array.from(vocab.encode(s).ids);
const trainIds = encode(split.train);
const heldOutIds = encode(split.heldOut);
const heldOut = lmWindows(heldOutIds, BUDGET.ctx, HELD_OUT_WINDOWS);

type Trial = Omit<ScalingRun, 'trials'>;

async function trainSize(size: (typeof SIZES)[number], learningRate: number, stopAfter: number = BUDGET.steps): Promise<Trial> {
  const config = scalingConfig(size, vocab.size);
  // The same seed for every size and rate: the same initial draws and batches, in the same order.
  const rng = createRng(SCALING_SEED);
  const trainer = new Trainer(initParams(config, rng), config, { learningRate, warmupSteps: BUDGET.warmup, totalSteps: BUDGET.steps });
  const curve: ScalingRun['curve'] = [];
  const started = performance.now();
  let running = 0;
  let count = 0;
  for (let step = 1; step <= stopAfter; step++) {
    running += await trainer.train(lmBatch(trainIds, BUDGET.batch, BUDGET.ctx, rng), 'lm');
    count++;
    if (step % BUDGET.evalEvery === 0) {
      const held = await trainer.evaluate(heldOut, 'lm');
      curve.push([step, +(running / count).toFixed(5), +held.toFixed(5)]);
      running = 0;
      count = 0;
    }
  }
  trainer.dispose();
  const seconds = (performance.now() - started) / 1000;
  const run: Trial = {
    ...size,
    parameters: countParameters(config),
    nonEmbedding: nonEmbeddingParameters(config),
    learningRate,
    seconds: Math.round(seconds),
    curve,
  };
  const last = curve[curve.length - 1];
  console.log(`d ${size.dModel} L ${size.nLayers} lr ${learningRate}: ${run.nonEmbedding.toLocaleString()} non-embedding parameters, held-out ${last?.[2]} after ${last?.[0]} steps, ${seconds.toFixed(0)} s (${tf.memory().numTensors} tensors alive)`);
  return run;
}

if (verify) {
  const shipped = scalingFileSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
  const mine = (await trainSize(SIZES[0], shipped.runs[0].learningRate, BUDGET.evalEvery)).curve[0];
  const theirs = shipped.runs[0].curve[0];
  const same = shipped.corpus.hash === corpus.hash && theirs[0] === mine[0] && Math.abs(theirs[1] - mine[1]) < 1e-3 && Math.abs(theirs[2] - mine[2]) < 1e-3;
  console.log(`verify scaling: shipped step ${theirs[0]} train ${theirs[1]} held-out ${theirs[2]}; now ${mine[1]} / ${mine[2]} → ${same ? 'same' : 'DIFFERENT'}`);
  process.exit(same ? 0 : 1);
}

const runs: ScalingRun[] = [];
/** The file with the sizes done so far (written after each, so a long run can be watched). */
const fileOf = (done: ScalingRun[]): ScalingFile => ({
  format: SCALING_FORMAT,
  version: SCALING_VERSION,
  seed: SCALING_SEED,
  backend: 'wasm (Node, 1 thread)',
  corpus: { hash: corpus.hash, trainChars: trainIds.length, heldOutChars: heldOutIds.length, vocabSize: vocab.size },
  budget: { ...BUDGET },
  heldOutWindows: heldOut.batch,
  runs: done,
});
for (const size of SIZES) {
  const trials: Trial[] = [];
  for (const rate of LEARNING_RATES) trials.push(await trainSize(size, rate));
  const final = (t: Trial) => t.curve[t.curve.length - 1][2];
  const best = trials.reduce((a, b) => (final(b) < final(a) ? b : a));
  runs.push({ ...best, seconds: trials.reduce((s, t) => s + t.seconds, 0), trials: trials.map((t) => ({ learningRate: t.learningRate, heldOut: final(t) })) });
  if (runs.length >= 2) writeFileSync(FILE, JSON.stringify(scalingFileSchema.parse(fileOf(runs))) + '\n');
}
console.log(`wrote ${FILE}: ${runs.length} sizes in ${runs.reduce((s, r) => s + r.seconds, 0)} s`);
