/** The wasm backend runs in Node too: the same known-answer cases must agree with cpu. */
import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { compareCases, runCases } from './cases';
import { tf, useCpu } from './setup';

describe('cpu and wasm agree', () => {
  it('on MLP forward/backward/training/boundary, attention, entropy, GD and regression', async () => {
    await useCpu();
    const cpu = await runCases();
    expect(await tf.setBackend('wasm')).toBe(true);
    expect(tf.getBackend()).toBe('wasm');
    const wasm = await runCases();
    const diff = compareCases(wasm, cpu);
    expect(Object.keys(diff).length).toBeGreaterThan(15);
    for (const [key, d] of Object.entries(diff)) expect(d, key).toBeLessThan(1e-4);
    // the trainer's folded biases (lib/demos/trainer/sgd.ts) need these to be 1 exactly
    expect([cpu['trainer.unitAt20'], wasm['trainer.unitAt20']]).toEqual([[1, 1], [1, 1]]);
    // a wrong backend would be caught: perturbing one number breaks the agreement
    const broken = { ...wasm, 'mlp.dW1': wasm['mlp.dW1'].map((v, i) => (i === 3 ? v + 0.01 : v)) };
    expect(compareCases(broken, cpu)['mlp.dW1']).toBeGreaterThan(1e-3);
    await tf.setBackend('cpu');
  });
});
