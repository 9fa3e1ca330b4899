/**
 * Training the mini models: Adam with global-norm gradient clipping, a warm-up then cosine learning
 * rate, and the three losses. Used by the Node training scripts and by the in-page "train from
 * scratch" demo alike, so what the page does is what produced the shipped weights.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TransformerConfig } from './config';
import type { Batch } from './data';
import { classLogits, crossEntropy, forward, lmLogits, type Params } from './transformer';

export interface ScheduleOptions {
  learningRate: number;
  warmupSteps: number;
  totalSteps: number;
  /** Fraction of the peak rate kept at the end of the cosine (default 0.1). */
  floor?: number;
}

/** Linear warm-up to the peak, then cosine down to floor·peak at totalSteps. */
export function learningRateAt(step: number, s: ScheduleOptions): number {
  const floor = s.floor ?? 0.1;
  if (step < s.warmupSteps) return (s.learningRate * (step + 1)) / s.warmupSteps;
  const progress = Math.min(1, (step - s.warmupSteps) / Math.max(1, s.totalSteps - s.warmupSteps));
  return s.learningRate * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

export type Objective = 'lm' | 'mlm' | 'cls';

/** The loss of one batch for the given objective (nats per counted token, or per example for cls). */
export function batchLoss(
  params: Params,
  config: TransformerConfig,
  batch: Batch,
  objective: Objective,
  oneHotEmbedding = true,
  dropout?: { rate: number; seed: number },
): tf.Scalar {
  return tf.tidy(() => {
    const ids = tf.tensor2d(batch.inputs, [batch.batch, batch.length], 'int32');
    const { hidden } = forward(params, config, ids, { oneHotEmbedding, dropout });
    if (objective === 'cls') return crossEntropy(classLogits(params, config, hidden), tf.tensor1d(batch.targets, 'int32'));
    const flat = tf.reshape(hidden, [batch.batch * batch.length, config.dModel]) as tf.Tensor2D;
    const logits = lmLogits(params, config, flat);
    const weights = batch.weights ? tf.tensor1d(batch.weights) : undefined;
    return crossEntropy(logits, tf.tensor1d(batch.targets, 'int32'), weights);
  });
}

/** Fraction of examples whose most probable class is the target (cls batches). */
export async function classAccuracy(params: Params, config: TransformerConfig, batch: Batch): Promise<number> {
  const predicted = tf.tidy(() => {
    const ids = tf.tensor2d(batch.inputs, [batch.batch, batch.length], 'int32');
    return tf.argMax(classLogits(params, config, forward(params, config, ids).hidden), 1);
  });
  const p = await predicted.data();
  predicted.dispose();
  let right = 0;
  p.forEach((v, i) => (right += v === batch.targets[i] ? 1 : 0));
  return right / batch.batch;
}

/**
 * Masked-character accuracy (mlm batches): over the positions that count in the loss, the fraction
 * whose true character is the most probable one (top1) or among the five most probable (top5),
 * special tokens excluded from the ranking as in fillMask.
 */
export async function maskedAccuracy(params: Params, config: TransformerConfig, batch: Batch, specials: number): Promise<{ top1: number; top5: number }> {
  const positions: number[] = [];
  batch.weights!.forEach((w, i) => w > 0 && positions.push(i));
  const logits = tf.tidy(() => {
    const ids = tf.tensor2d(batch.inputs, [batch.batch, batch.length], 'int32');
    const flat = tf.reshape(forward(params, config, ids).hidden, [batch.batch * batch.length, config.dModel]);
    return lmLogits(params, config, tf.gather(flat, tf.tensor1d(positions, 'int32')) as tf.Tensor2D);
  });
  const data = await logits.data();
  logits.dispose();
  const V = config.vocabSize;
  let top1 = 0;
  let top5 = 0;
  positions.forEach((pos, r) => {
    const row = data.subarray(r * V, (r + 1) * V);
    const truth = row[batch.targets[pos]];
    let above = 0;
    for (let v = specials; v < V; v++) if (row[v] > truth) above++;
    if (above === 0) top1++;
    if (above < 5) top5++;
  });
  return { top1: top1 / positions.length, top5: top5 / positions.length };
}

let variableCount = 0;

export class Trainer {
  readonly variables: Record<string, tf.Variable>;
  private readonly optimizer: tf.AdamOptimizer;
  step = 0;

  /**
   * Takes ownership of `params` (they become variables).
   */
  constructor(
    params: Params,
    readonly config: TransformerConfig,
    readonly schedule: ScheduleOptions,
    readonly clipNorm = 1,
    /** Dropout rate while training (0: none); evaluation never drops. */
    readonly dropout = 0,
  ) {
    this.variables = {};
    for (const [name, t] of Object.entries(params)) {
      this.variables[name] = tf.variable(t, true, `mini_${++variableCount}_${name}`);
      t.dispose();
    }
    this.optimizer = tf.train.adam(schedule.learningRate, 0.9, 0.99, 1e-8);
  }

  get params(): Params {
    return this.variables;
  }

  /** One update on one batch; returns the loss before the update. */
  async train(batch: Batch, objective: Objective): Promise<number> {
    return (await this.trainTogether([{ batch, objective }]))[0];
  }

  /**
   * One update on the sum of several tasks' losses (e.g. classification and MLM together, so that
   * fine-tuning for one does not make the model forget the other); returns each loss before it.
   */
  async trainTogether(tasks: readonly { batch: Batch; objective: Objective }[]): Promise<number[]> {
    const lr = learningRateAt(this.step, this.schedule);
    (this.optimizer as unknown as { learningRate: number }).learningRate = lr;
    const vars = Object.values(this.variables);
    const losses = tf.tidy(() => {
      let parts: tf.Scalar[] = [];
      const { grads } = tf.variableGrads(() => {
        // kept: the forward pass runs in its own scope, which would dispose them
        parts = tasks.map((t, i) =>
          tf.keep(batchLoss(this.variables, this.config, t.batch, t.objective, true, { rate: this.dropout, seed: this.step * 8 + i })),
        );
        return tf.addN(parts) as tf.Scalar;
      }, vars);
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
      const scale = tf.minimum(tf.scalar(1), tf.div(tf.scalar(this.clipNorm), tf.add(norm, tf.scalar(1e-6))));
      // Every variable, in one fixed order: tfjs's Adam keys its moment estimates by position, so a
      // variable without a gradient for this objective (the classification head under MLM) gets zeros.
      const clipped: Record<string, tf.Tensor> = {};
      for (const v of vars) clipped[v.name] = grads[v.name] ? tf.mul(grads[v.name], scale) : tf.zerosLike(v);
      this.optimizer.applyGradients(clipped as unknown as Parameters<tf.AdamOptimizer['applyGradients']>[0]);
      const stacked = tf.stack(parts);
      tf.dispose(parts);
      return stacked;
    });
    const values = Array.from(await losses.data());
    losses.dispose();
    this.step++;
    return values;
  }

  /** Mean loss over a fixed batch, without updating (no gradient). */
  async evaluate(batch: Batch, objective: Objective): Promise<number> {
    const v = tf.tidy(() => batchLoss(this.variables, this.config, batch, objective, false));
    const out = (await v.data())[0];
    v.dispose();
    return out;
  }

  dispose(): void {
    tf.dispose(Object.values(this.variables));
    this.optimizer.dispose();
  }
}
