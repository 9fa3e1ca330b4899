/** Training: the schedule, a loss that falls, determinism, no leaks, and the wasm backend (which lacks gather's gradient). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { createRng } from '@/lib/compute/random';
import { lmBatch, mlmBatch, classBatch } from '@/lib/models/data';
import { Trainer, learningRateAt, maskedAccuracy } from '@/lib/models/train';
import { forward, lmLogits } from '@/lib/models/transformer';
import { SPECIALS } from '@/lib/models/vocab';
import { fillMask, classify } from '@/lib/models/bert';
import { tf, useCpu } from '../compute/setup';
import { TINY_TEXT, tinyConfig, tinyParams, tinyVocab } from './tiny';

beforeAll(useCpu);
afterAll(useCpu);

const vocab = tinyVocab();
const ids = Int32Array.from(vocab.encode(TINY_TEXT.repeat(3)).ids);

async function trainLosses(steps: number, seed = 1): Promise<number[]> {
  const config = tinyConfig(true);
  const trainer = new Trainer(tinyParams(config, seed), config, { learningRate: 1e-2, warmupSteps: 5, totalSteps: steps });
  const rng = createRng(seed);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) losses.push(await trainer.train(lmBatch(ids, 8, 12, rng), 'lm'));
  trainer.dispose();
  return losses;
}

describe('training', () => {
  it('warm-up then cosine down to the floor', () => {
    const s = { learningRate: 1, warmupSteps: 10, totalSteps: 110 };
    expect(learningRateAt(0, s)).toBeCloseTo(0.1);
    expect(learningRateAt(9, s)).toBeCloseTo(1);
    expect(learningRateAt(60, s)).toBeCloseTo(0.55);
    expect(learningRateAt(110, s)).toBeCloseTo(0.1);
    expect(learningRateAt(500, s)).toBeCloseTo(0.1);
  });

  it('the loss starts near ln V and falls; the same seed gives the same losses; nothing leaks', async () => {
    const before = tf.memory().numTensors;
    const a = await trainLosses(60);
    expect(tf.memory().numTensors).toBe(before);
    expect(Math.abs(a[0] - Math.log(vocab.size))).toBeLessThan(0.3);
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean(a.slice(-10))).toBeLessThan(a[0] - 1.5);
    expect(await trainLosses(60)).toEqual(a);
  });

  it('MLM and classification fit a fixed batch, and the encoder’s outputs are distributions', async () => {
    const config = tinyConfig(false);
    const trainer = new Trainer(tinyParams(config, 3), config, { learningRate: 1e-2, warmupSteps: 1, totalSteps: 25, floor: 1 });
    const rng = createRng(4);
    const mlmFixed = mlmBatch(ids, vocab, 8, 12, rng, 0.3);
    const mlmBefore = await trainer.evaluate(mlmFixed, 'mlm');
    for (let s = 0; s < 25; s++) await trainer.train(mlmFixed, 'mlm');
    expect(await trainer.evaluate(mlmFixed, 'mlm')).toBeLessThan(mlmBefore - 1);
    const texts = [0, 1, 2].map((label) => ({ label, ids: ids.subarray(label * 15, label * 15 + 15) }));
    const clsFixed = classBatch(texts, vocab, 12, 8, rng);
    const clsBefore = await trainer.evaluate(clsFixed, 'cls');
    for (let s = 0; s < 25; s++) await trainer.train(clsFixed, 'cls');
    expect(await trainer.evaluate(clsFixed, 'cls')).toBeLessThan(clsBefore - 0.5);
    const model = { params: trainer.params, config, vocab, labels: ['甲', '乙', '丙'] };
    const filled = await fillMask(model, '梯度下[MASK]沿着负[MASK]度');
    expect(filled.map((f) => f.position)).toEqual([3, 7]);
    for (const f of filled) {
      expect(f.top).toHaveLength(5);
      expect(f.top.every((c) => c.id >= 4)).toBe(true);
    }
    const c = await classify(model, ['反向传播', '注意力']);
    for (const row of c.probs) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    trainer.dispose();
  });

  it('masked accuracy ranks the true character among all non-special ones, as a plain sort does', async () => {
    const config = tinyConfig(false);
    const params = tinyParams(config, 9);
    const batch = mlmBatch(ids, vocab, 6, 12, createRng(2), 0.4);
    const got = await maskedAccuracy(params, config, batch, SPECIALS.length);
    const logits = tf.tidy(() => {
      const hidden = forward(params, config, tf.tensor2d(batch.inputs, [batch.batch, batch.length], 'int32')).hidden;
      return lmLogits(params, config, tf.reshape(hidden, [batch.batch * batch.length, config.dModel]) as tf.Tensor2D);
    });
    const rows = (await logits.array()) as number[][];
    logits.dispose();
    let top1 = 0;
    let top5 = 0;
    let n = 0;
    batch.weights!.forEach((w, i) => {
      if (w === 0) return;
      n++;
      const order = rows[i].map((v, id) => ({ v, id })).filter((c) => c.id >= SPECIALS.length).sort((a, b) => b.v - a.v).map((c) => c.id);
      const rank = order.indexOf(batch.targets[i]);
      if (rank === 0) top1++;
      if (rank < 5) top5++;
    });
    expect(n).toBeGreaterThan(10);
    expect(got.top1).toBeCloseTo(top1 / n, 12);
    expect(got.top5).toBeCloseTo(top5 / n, 12);
    expect(got.top5).toBeGreaterThan(got.top1 - 1e-12);
    Object.values(params).forEach((t) => t.dispose());
  });

  it('a training step works on wasm (embeddings by oneHot·E) and agrees with cpu', async () => {
    const cpu = await trainLosses(3, 7);
    expect(await tf.setBackend('wasm')).toBe(true);
    const wasm = await trainLosses(3, 7);
    await useCpu();
    wasm.forEach((l, i) => expect(Math.abs(l - cpu[i])).toBeLessThan(1e-4));
  });
});
