/**
 * Ten thousand steps of each demo's computation leave tf.memory().numTensors where it was
 * (cpu backend): the gradient-descent race and the attention explorer's recomputation. The trainer's
 * 10,000 SGD steps are in trainer.test.ts; the chain-rule stepper's autodiff check (its only tensor
 * work) is checked over 1,000 calls in chain-rule.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as M from '@/lib/compute/maths';
import { computeAttention } from '@/lib/demos/attention/compute';
import { tokenize } from '@/lib/demos/attention/tokens';
import { tf, useCpu } from '../compute/setup';

beforeAll(useCpu);

const STEPS = 10_000;

describe('no tensor leaks over 10,000 steps', () => {
  it('gradient-descent explorer: SGD, momentum and Adam racing on Rosenbrock', async () => {
    const before = tf.memory().numTensors;
    const runs = (['sgd', 'momentum', 'adam'] as const).map(
      (kind) => new M.Descent2D(M.rosenbrock(), { kind, learningRate: 1e-4 }, { start: [-1.2, 1] }),
    );
    for (let i = 0; i < STEPS / runs.length; i++) for (const run of runs) await run.step();
    for (const run of runs) run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('attention explorer: recomputed 10,000 times with changing settings', async () => {
    const before = tf.memory().numTensors;
    const tokens = tokenize('小猫坐').tokens;
    for (let i = 0; i < STEPS; i++) {
      await computeAttention({ tokens, dk: 2 + (i % 3), heads: 1 + (i % 2), causal: i % 2 === 0, scale: i % 3 !== 0, seed: i });
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});
