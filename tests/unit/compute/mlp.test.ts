import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, LOSSES, Mlp, backward, createRng, disposeBackward, disposeForward, evaluateLoss, forward, trainStep,
  trainEpoch,
  type ActivationName, type LossName, type MlpConfig,
} from '@/lib/compute/maths';
import { ACT, readParams, refFiniteDiff, refForward, refLoss } from './mlp-reference';
import { expectClose, flat, randMat, tf, useCpu, type Mat } from './setup';

beforeAll(useCpu);

const ACT_NAMES: ActivationName[] = ['tanh', 'relu', 'sigmoid', 'linear'];

describe('activations and losses', () => {
  it('each activation: output matches Math, der matches a finite difference of the output', async () => {
    const zs = [-2.3, -0.7, -0.1, 0.15, 0.9, 3.1];
    for (const name of ACT_NAMES) {
      const act = ACTIVATIONS[name];
      const z = tf.tensor1d(zs);
      const a = act.output(z);
      const d = act.der(z, a);
      expectClose(await a.data(), zs.map(ACT[name]), 1e-6);
      const h = 1e-5;
      expectClose(await d.data(), zs.map((v) => (ACT[name](v + h) - ACT[name](v - h)) / (2 * h)), 1e-4);
      tf.dispose([z, a, d]);
    }
  });

  it('each loss: value matches the formula, der matches tf.grad', async () => {
    const p = tf.tensor2d([[0.2], [0.7], [0.95], [0.4]]);
    const t = tf.tensor2d([[0], [1], [1], [0]]);
    const pv = [0.2, 0.7, 0.95, 0.4];
    const tv = [0, 1, 1, 0];
    const ref: Record<LossName, number> = {
      mse: pv.reduce((s, v, i) => s + 0.5 * (v - tv[i]) ** 2, 0) / 4,
      bce: -pv.reduce((s, v, i) => s + tv[i] * Math.log(v) + (1 - tv[i]) * Math.log(1 - v), 0) / 4,
    };
    for (const name of ['mse', 'bce'] as LossName[]) {
      const l = LOSSES[name].output(p, t);
      expect((await l.data())[0]).toBeCloseTo(ref[name], 5);
      const der = LOSSES[name].der(p, t);
      const auto = tf.grad((q: tf.Tensor) => LOSSES[name].output(q as tf.Tensor2D, t))(p);
      expectClose(await der.data(), await auto.data(), 1e-4);
      tf.dispose([l, der, auto]);
    }
    tf.dispose([p, t]);
  });
});

const CONFIGS: [string, MlpConfig, LossName][] = [
  ['tanh→tanh, mse', { inputSize: 3, layers: [{ units: 4, activation: 'tanh' }, { units: 3, activation: 'tanh' }, { units: 1, activation: 'tanh' }] }, 'mse'],
  ['relu→sigmoid, bce', { inputSize: 2, layers: [{ units: 5, activation: 'relu' }, { units: 1, activation: 'sigmoid' }] }, 'bce'],
  ['sigmoid→linear (2 outputs), mse', { inputSize: 4, layers: [{ units: 3, activation: 'sigmoid' }, { units: 2, activation: 'linear' }] }, 'mse'],
];

function batch(seed: number, cfg: MlpConfig, loss: LossName, n = 6): { x: Mat; t: Mat } {
  const rnd = createRng(seed);
  const x = randMat(() => rnd.next(), n, cfg.inputSize, 2);
  const out = cfg.layers.at(-1)!.units;
  const t = Array.from({ length: n }, () => Array.from({ length: out }, () => (loss === 'bce' ? rnd.int(2) : rnd.uniform(-1, 1))));
  return { x, t };
}

describe('MLP forward and hand-written backward', () => {
  for (const [label, cfg, loss] of CONFIGS) {
    it(`${label}: forward keeps every z and a, equal to naive loops`, async () => {
      const net = new Mlp(cfg, createRng(11));
      const { x } = batch(1, cfg, loss);
      const X = tf.tensor2d(x);
      const pass = forward(net, X);
      const ref = refForward(await readParams(net), x);
      expect(pass.layers).toHaveLength(cfg.layers.length);
      for (let l = 0; l < cfg.layers.length; l++) {
        expect(pass.layers[l].z.shape).toEqual([x.length, cfg.layers[l].units]);
        expectClose(await pass.layers[l].z.data(), flat(ref.z[l]), 1e-5);
        expectClose(await pass.layers[l].a.data(), flat(ref.a[l]), 1e-5);
      }
      expect(pass.output).toBe(pass.layers.at(-1)!.a);
      disposeForward(pass);
      tf.dispose(X);
      net.dispose();
    });

    it(`${label}: ∂L/∂W, ∂L/∂b equal tf.variableGrads and float64 finite differences; ∂L/∂z is consistent`, async () => {
      const net = new Mlp(cfg, createRng(12));
      const { x, t } = batch(2, cfg, loss);
      const X = tf.tensor2d(x);
      const T = tf.tensor2d(t);
      const pass = forward(net, X);
      const grads = backward(net, pass, T, loss);
      const auto = tf.variableGrads(() => LOSSES[loss].output(forward(net, X).output, T));
      const params = await readParams(net);
      const fd = refFiniteDiff(params, x, t, loss);
      const ref = refForward(params, x);
      for (let l = 0; l < cfg.layers.length; l++) {
        const dW = await grads.layers[l].dW.data();
        const db = await grads.layers[l].db.data();
        expectClose(dW, await auto.grads[net.weights[l].name].data(), 1e-5);
        expectClose(db, await auto.grads[net.biases[l].name].data(), 1e-5);
        expectClose(dW, flat(fd.dW[l]), 1e-4);
        expectClose(db, fd.db[l], 1e-4);
        // ∂L/∂b = Σ_rows ∂L/∂z and ∂L/∂W = a_{l−1}ᵀ ∂L/∂z, with the reference's a_{l−1}
        const dz = (await grads.layers[l].dz.array()) as Mat;
        expectClose(db, dz[0].map((_, j) => dz.reduce((s, r) => s + r[j], 0)), 1e-6);
        const prev = l === 0 ? x : ref.a[l - 1];
        expectClose(dW, flat(prev[0].map((_, i) => dz[0].map((_, j) => prev.reduce((s, r, n) => s + r[i] * dz[n][j], 0)))), 1e-5);
      }
      disposeBackward(grads);
      disposeForward(pass);
      tf.dispose([X, T, auto.value, ...Object.values(auto.grads)]);
      net.dispose();
    });
  }

  it('trainStep is one SGD update with those gradients and lowers the loss', async () => {
    const [, cfg, loss] = CONFIGS[0];
    const net = new Mlp(cfg, createRng(3));
    const { x, t } = batch(4, cfg, loss, 10);
    const X = tf.tensor2d(x);
    const T = tf.tensor2d(t);
    const before = await readParams(net);
    const fd = refFiniteDiff(structuredClone(before), x, t, loss);
    const l0 = await evaluateLoss(net, X, T, loss);
    expect(l0).toBeCloseTo(refLoss(before, x, t, loss), 5);
    trainStep(net, X, T, { learningRate: 0.1, loss });
    const after = await readParams(net);
    after.W.forEach((W, l) => expectClose(flat(W), flat(before.W[l]).map((v, i) => v - 0.1 * flat(fd.dW[l])[i]), 1e-5));
    after.b.forEach((b, l) => expectClose(b, before.b[l].map((v, i) => v - 0.1 * fd.db[l][i]), 1e-5));
    expect(await evaluateLoss(net, X, T, loss)).toBeLessThan(l0);
    tf.dispose([X, T]);
    net.dispose();
  });

  it('trainEpoch takes the rows in order, in batches (the last one smaller), one step each', async () => {
    const [, cfg, loss] = CONFIGS[0];
    const { x, t } = batch(5, cfg, loss, 10);
    const [a, b] = [new Mlp(cfg, createRng(7)), new Mlp(cfg, createRng(7))];
    const X = tf.tensor2d(x);
    const T = tf.tensor2d(t);
    trainEpoch(a, X, T, 4, { learningRate: 0.2, loss });
    for (const [from, to] of [[0, 4], [4, 8], [8, 10]]) {
      const [xb, tb] = [tf.tensor2d(x.slice(from, to)), tf.tensor2d(t.slice(from, to))];
      trainStep(b, xb, tb, { learningRate: 0.2, loss });
      tf.dispose([xb, tb]);
    }
    const [pa, pb] = [await readParams(a), await readParams(b)];
    pa.W.forEach((W, l) => expectClose(flat(W), flat(pb.W[l]), 1e-6));
    pa.b.forEach((bias, l) => expectClose(bias, pb.b[l], 1e-6));
    // and it differs from one full-batch step
    const c = new Mlp(cfg, createRng(7));
    trainStep(c, X, T, { learningRate: 0.2, loss });
    expect(flat((await readParams(c)).W[0])).not.toEqual(flat(pa.W[0]));
    [a, b, c].forEach((n) => n.dispose());
    tf.dispose([X, T]);
  });

  it('same seed, same initial weights; different seed, different ones', async () => {
    const cfg = CONFIGS[0][1];
    const [a, b, c] = [1, 1, 2].map((s) => new Mlp(cfg, createRng(s)));
    const [pa, pb, pc] = await Promise.all([a, b, c].map(readParams));
    expect(pa).toEqual(pb);
    expect(pa.W[0]).not.toEqual(pc.W[0]);
    [a, b, c].forEach((n) => n.dispose());
    expect(() => new Mlp({ inputSize: 2, layers: [{ units: 0, activation: 'tanh' }] }, createRng(1))).toThrow(/units/);
  });
});
