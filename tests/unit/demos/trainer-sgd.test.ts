import { beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { ALL_FEATURES, Mlp, createRng, featureMatrix, makeDataset, predict, targetsFor, trainEpoch, type ActivationName } from '@/lib/compute/maths';
import { FastSgd } from '@/lib/demos/trainer/sgd';
import { readParams, refFiniteDiff, type RefParams } from '../compute/mlp-reference';
import { expectClose, tf, useCpu, type Mat } from '../compute/setup';

beforeAll(useCpu);

const ACTS: ActivationName[] = ['tanh', 'relu', 'sigmoid', 'linear'];
/** The hidden activations whose biases ride in the weights (sgd.ts, "folded"). */
const FOLDED: ActivationName[] = ['tanh', 'sigmoid'];

function setUp(activation: ActivationName, points: number, seed = 5) {
  const data = makeDataset('spiral', createRng(seed), { numPoints: points, noise: 0.1 });
  const layers = [{ units: 5, activation }, { units: 3, activation }, { units: 1, activation: 'tanh' as const }];
  const net = () => new Mlp({ inputSize: ALL_FEATURES.length, layers }, createRng(seed + 1));
  return { x: featureMatrix(data, ALL_FEATURES), t: targetsFor(data, 'mse'), net };
}

const flatParams = (p: RefParams) => [...p.W.flatMap((w) => w.flat()), ...p.b.flat()];

describe('the trainer’s fast SGD (lib/demos/trainer/sgd.ts)', () => {
  it('one step on one batch is W − lr·∂L/∂W, with ∂L/∂W from float64 finite differences', async () => {
    for (const activation of ACTS) {
      const { x, t, net } = setUp(activation, 12);
      const mlp = net();
      const before = await readParams(mlp);
      const fd = refFiniteDiff(before, (await x.array()) as Mat, (await t.array()) as Mat, 'mse');
      const lr = 0.3;
      const sgd = new FastSgd(mlp, x, t, 12, lr);
      sgd.epoch();
      sgd.flush();
      const expected = flatParams({ ...before, W: before.W.map((W, l) => W.map((r, i) => r.map((v, j) => v - lr * fd.dW[l][i][j]))), b: before.b.map((b, l) => b.map((v, j) => v - lr * fd.db[l][j])) });
      const after = flatParams(await readParams(mlp));
      expect(after).not.toEqual(flatParams(before));
      expectClose(after, expected, 2e-5);
      sgd.dispose();
      mlp.dispose();
      tf.dispose([x, t]);
    }
  });

  it('epochs with an uneven last batch and a change of lr and batch match lib/compute’s trainEpoch, without leaks', async () => {
    for (const activation of ACTS) {
      const { x, t, net } = setUp(activation, 53);
      const [a, b] = [net(), net()];
      const tensors = tf.memory().numTensors;
      const sgd = new FastSgd(a, x, t, 10, 0.03);
      const kept = tf.memory().numTensors;
      for (let e = 0; e < 5; e++) {
        sgd.epoch();
        trainEpoch(b, x, t, 10, { learningRate: 0.03, loss: 'mse' });
      }
      sgd.setHyper(7, 0.1);
      for (let e = 0; e < 5; e++) {
        sgd.epoch();
        trainEpoch(b, x, t, 7, { learningRate: 0.1, loss: 'mse' });
      }
      sgd.flush();
      const [pa, pb] = [flatParams(await readParams(a)), flatParams(await readParams(b))];
      expectClose(pa, pb, 1e-5);
      // 6 batches of 10 became 8 of 7; a batch is x, t and lr/N, and x with ones when folded
      const perBatch = FOLDED.includes(activation) ? 4 : 3;
      expect(tf.memory().numTensors).toBe(kept - perBatch * 6 + perBatch * 8);
      sgd.dispose();
      expect(tf.memory().numTensors).toBe(tensors);
      for (const m of [a, b]) m.dispose();
      tf.dispose([x, t]);
    }
  });

  it('folded and back: regularisation switched on and off mid-training goes on from the same weights, and the network is only current after flush', async () => {
    const { x, t, net } = setUp('tanh', 40);
    const [a, b] = [net(), net()];
    const tensors = tf.memory().numTensors;
    const sgd = new FastSgd(a, x, t, 10, 0.1);
    const start = flatParams(await readParams(a));
    sgd.epoch();
    // folded: the network's own variables have not moved yet
    expect(flatParams(await readParams(a))).toEqual(start);
    trainEpoch(b, x, t, 10, { learningRate: 0.1, loss: 'mse' });
    // L2 with a λ too small to matter: the split path, from the folded weights written back
    sgd.setHyper(10, 0.1, { kind: 'l2', rate: 1e-9 });
    sgd.epoch();
    trainEpoch(b, x, t, 10, { learningRate: 0.1, loss: 'mse' });
    sgd.setHyper(10, 0.1);
    sgd.epoch();
    trainEpoch(b, x, t, 10, { learningRate: 0.1, loss: 'mse' });
    sgd.flush();
    const [pa, pb] = [flatParams(await readParams(a)), flatParams(await readParams(b))];
    expect(pa).not.toEqual(start);
    expectClose(pa, pb, 1e-5);
    sgd.dispose();
    expect(tf.memory().numTensors).toBe(tensors);
    for (const m of [a, b]) m.dispose();
    tf.dispose([x, t]);
  });

  it('on wasm too: the folded weights written back are the network’s, and its fused forward takes them (as the engine’s frames do)', async () => {
    const run = async () => {
      const { x, t, net } = setUp('tanh', 30);
      const mlp = net();
      const sgd = new FastSgd(mlp, x, t, 10, 0.1);
      for (let e = 0; e < 3; e++) sgd.epoch();
      sgd.flush();
      const out = predict(mlp, x);
      const result = { params: flatParams(await readParams(mlp)), out: Array.from(await out.data()) };
      tf.dispose([out, x, t]);
      sgd.dispose();
      mlp.dispose();
      return result;
    };
    const cpu = await run();
    expect(await tf.setBackend('wasm')).toBe(true);
    try {
      const tensors = tf.memory().numTensors;
      const wasm = await run();
      expect(tf.memory().numTensors).toBe(tensors);
      expectClose(wasm.params, cpu.params, 1e-5);
      expectClose(wasm.out, cpu.out, 1e-5);
    } finally {
      await tf.setBackend('cpu');
    }
  });

  it('refuses a batch size that is not a positive integer', () => {
    const { x, t, net } = setUp('tanh', 8);
    const mlp = net();
    expect(() => new FastSgd(mlp, x, t, 0, 0.03)).toThrow(/batch size/);
    expect(() => new FastSgd(mlp, x, t, 2.5, 0.03)).toThrow(/batch size/);
    mlp.dispose();
    tf.dispose([x, t]);
  });
});
