/**
 * One training run of the "train from scratch" demo on tfjs cpu, on the real corpus: the untrained
 * model's held-out loss is ln V, a few dozen steps bring the training loss down, the learning rate
 * follows the (changeable) schedule, a sample is text of the vocabulary, the same seed gives the
 * same run, and disposing leaves no tensor behind.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { learningRateAt } from '@/lib/models/train';
import { defaults } from '@/lib/demos/params';
import { PARAMS, SAMPLE_PARAMS, scheduleOf, trainSetup, type TrainSetup } from '@/lib/demos/gpt-train/params';
import { corpusFrom, TrainRun } from '@/lib/demos/gpt-train/engine';
import { tf, useCpu } from '../../compute/setup';

beforeAll(useCpu);

const corpus = corpusFrom(JSON.parse(readFileSync('public/models/corpus.json', 'utf8')));
const small: TrainSetup = { ...trainSetup(defaults(PARAMS)), nLayers: 1, dModel: 32, nHeads: 2, ctx: 16, batch: 8, learningRate: 1e-2, totalSteps: 300 };

describe('corpus', () => {
  it('builds the vocabulary from train + held-out (the shipped model’s characters)', () => {
    const json = JSON.parse(readFileSync('public/models/corpus.json', 'utf8')) as { train: string; heldOut: string };
    expect(corpus.vocab.size).toBe(new Set(Array.from(json.train + json.heldOut)).size + 4);
    expect(corpus.train.length).toBe(Array.from(json.train).length);
    expect(corpus.vocab.decode(Array.from(corpus.heldOut.subarray(0, 20)))).toBe(Array.from(json.heldOut).slice(0, 20).join(''));
  });

  it('refuses a file of the wrong shape with a Chinese message', () => {
    for (const bad of [null, {}, { train: 'x', heldOut: 'y' }, { train: 3, heldOut: [] }]) expect(() => corpusFrom(bad)).toThrow('训练语料文件格式不对');
  });
});

describe('a run', () => {
  it('starts at ln V, learns, follows its schedule, samples, and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const run = new TrainRun(corpus, small);
    const held0 = await run.heldOutLoss();
    expect(Math.abs(held0 - Math.log(corpus.vocab.size))).toBeLessThan(0.05);
    const losses: number[] = [];
    for (let i = 0; i < 30; i++) losses.push(await run.trainStep());
    expect(run.step).toBe(30);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 5)) - 0.8);
    expect(await run.heldOutLoss()).toBeLessThan(held0 - 0.8);
    expect(run.learningRate).toBeCloseTo(learningRateAt(29, scheduleOf(small)), 12);

    run.setHyper({ ...small, learningRate: 1e-3, totalSteps: 1000, batch: 4 });
    await run.trainStep();
    expect(run.totalSteps).toBe(1000);
    expect(run.learningRate).toBeCloseTo(learningRateAt(30, scheduleOf({ ...small, learningRate: 1e-3, totalSteps: 1000 })), 12);

    const text = await run.sample();
    expect(Array.from(text).length).toBeLessThanOrEqual(SAMPLE_PARAMS.max_tokens);
    expect(Array.from(text).every((ch) => corpus.vocab.has(ch))).toBe(true);
    expect(tf.memory().numTensors).toBeGreaterThan(before); // parameters and Adam's moments
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000); // 30 steps of a 1,340-way softmax on tfjs cpu, on a shared 2-core machine

  it('the same seed gives the same run', async () => {
    const losses = async () => {
      const run = new TrainRun(corpus, small);
      const out = [await run.trainStep(), await run.trainStep(), await run.trainStep()];
      run.dispose();
      return out;
    };
    expect(await losses()).toEqual(await losses());
  });
});
