/**
 * One training run of the "train from scratch" demo, without the worker around it: the corpus as
 * token ids, a fresh mini GPT from the seed, lib/models' Trainer on seeded lmBatch batches, the
 * held-out loss on fixed windows, and a sample with complete(). Runs on whatever tfjs backend is
 * set (the demo's worker, or tfjs cpu in a unit test).
 */
import * as tf from '@tensorflow/tfjs-core';
import { createRng, type Rng } from '@/lib/compute/random';
import { countParameters, type TransformerConfig } from '@/lib/models/config';
import { lmBatch, lmWindows, type Batch } from '@/lib/models/data';
import { complete } from '@/lib/models/gpt';
import { learningRateAt, Trainer, type ScheduleOptions } from '@/lib/models/train';
import { initParams } from '@/lib/models/transformer';
import { Vocab } from '@/lib/models/vocab';
import { HELD_OUT_WINDOWS, modelConfig, SAMPLE_PARAMS, scheduleOf, type TrainSetup } from './params';

export interface Corpus {
  vocab: Vocab;
  train: Int32Array;
  heldOut: Int32Array;
}

/**
 * The corpus file ({hash, train, heldOut}) as ids. The vocabulary is built from train + held-out,
 * as for the shipped model, so the reader's model has the same characters. Throws a Chinese
 * message for a file of the wrong shape.
 */
export function corpusFrom(json: unknown): Corpus {
  const c = json as { train?: unknown; heldOut?: unknown } | null;
  if (!c || typeof c.train !== 'string' || typeof c.heldOut !== 'string' || c.train.length < 1000 || c.heldOut.length < 100)
    throw new Error('训练语料文件格式不对：应有 train 与 heldOut 两段文字');
  const vocab = Vocab.fromText(c.train + c.heldOut);
  const ids = (s: string) => Int32Array.from(vocab.encode(s).ids);
  return { vocab, train: ids(c.train), heldOut: ids(c.heldOut) };
}

export class TrainRun {
  readonly config: TransformerConfig;
  readonly parameters: number;
  /** Read by the Trainer at every step, so changing it here changes the rest of the run. */
  private readonly schedule: ScheduleOptions;
  private readonly trainer: Trainer;
  private readonly rng: Rng;
  private readonly heldOut: Batch;
  private batch: number;

  constructor(private readonly corpus: Corpus, setup: TrainSetup) {
    this.config = modelConfig(setup, corpus.vocab.size);
    this.parameters = countParameters(this.config);
    this.rng = createRng(setup.seed);
    this.schedule = scheduleOf(setup);
    this.batch = setup.batch;
    this.trainer = new Trainer(initParams(this.config, this.rng), this.config, this.schedule);
    this.heldOut = lmWindows(corpus.heldOut, setup.ctx, HELD_OUT_WINDOWS);
  }

  /** Steps done. */
  get step(): number {
    return this.trainer.step;
  }

  get totalSteps(): number {
    return this.schedule.totalSteps;
  }

  /** The learning rate of the latest step (of step 0 before any). */
  get learningRate(): number {
    return learningRateAt(Math.max(0, this.trainer.step - 1), this.schedule);
  }

  /** Batch size, peak learning rate and total steps take effect from the next step. */
  setHyper(setup: TrainSetup): void {
    Object.assign(this.schedule, scheduleOf(setup));
    this.batch = setup.batch;
  }

  /** One update on a fresh batch; returns that batch's loss (before the update). */
  trainStep(): Promise<number> {
    return this.trainer.train(lmBatch(this.corpus.train, this.batch, this.config.ctx, this.rng), 'lm');
  }

  /** Mean loss (nats per character) on the fixed held-out windows. */
  heldOutLoss(): Promise<number> {
    return this.trainer.evaluate(this.heldOut, 'lm');
  }

  /** The current model's continuation of SAMPLE_PARAMS.prompt (same seed every time). */
  async sample(): Promise<string> {
    const r = await complete({ params: this.trainer.params, config: this.config, vocab: this.corpus.vocab }, SAMPLE_PARAMS);
    return r.choices[0].text;
  }

  dispose(): void {
    this.trainer.dispose();
  }
}

/** Every tensor alive in tfjs (the leak check's figure). */
export const liveTensors = () => tf.memory().numTensors;
