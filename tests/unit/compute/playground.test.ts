import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_FEATURES, Mlp, createBoundaryGrid, createRng, decisionBoundary, evaluateLoss, featureMatrix, makeDataset, predict,
  splitDataset, targetsFor, trainEpoch, type DatasetName, type MlpConfig,
} from '@/lib/compute/maths';
import { readParams, refForward } from './mlp-reference';
import { expectClose, tf, useCpu } from './setup';

beforeAll(useCpu);

const NAMES: DatasetName[] = ['circle', 'xor', 'gauss', 'spiral'];

describe('datasets', () => {
  it('give 500 points by default, balanced ±1 labels, seeded, within [-6, 6]² (but gaussian tails)', () => {
    for (const name of NAMES) {
      const a = makeDataset(name, createRng(9), { noise: 0.2 });
      const b = makeDataset(name, createRng(9), { noise: 0.2 });
      const c = makeDataset(name, createRng(10), { noise: 0.2 });
      expect(a).toHaveLength(500);
      expect(a).toEqual(b);
      expect(a).not.toEqual(c);
      const pos = a.filter((p) => p.label === 1).length;
      expect(pos).toBeGreaterThan(150);
      expect(pos).toBeLessThan(350);
      const inside = a.filter((p) => Math.abs(p.x) <= 6 && Math.abs(p.y) <= 6).length;
      // gaussian tails may leave the window, as in Playground; the rest are built inside it
      expect(inside).toBeGreaterThanOrEqual(name === 'gauss' ? 490 : 500);
      for (const p of a) {
        expect([1, -1]).toContain(p.label);
      }
    }
    expect(makeDataset('spiral', createRng(1), { numPoints: 37 })).toHaveLength(37);
    expect(() => makeDataset('xor', createRng(1), { noise: 0.9 })).toThrow(/noise/);
  });

  it('without noise, labels follow the defining rule; noise flips some', () => {
    const circle = makeDataset('circle', createRng(1));
    expect(circle.every((p) => (Math.hypot(p.x, p.y) < 2.5) === (p.label === 1))).toBe(true);
    const xor = makeDataset('xor', createRng(1));
    expect(xor.every((p) => Math.sign(p.x * p.y) === p.label)).toBe(true);
    const gauss = makeDataset('gauss', createRng(1));
    const meanPos = gauss.filter((p) => p.label === 1).reduce((s, p) => s + p.x + p.y, 0) / 250;
    expect(meanPos).toBeCloseTo(4, 0);
    const noisy = makeDataset('xor', createRng(1), { noise: 0.5 });
    const wrong = noisy.filter((p) => Math.sign(p.x * p.y) !== p.label).length;
    expect(wrong).toBeGreaterThan(10);
    const spiral = makeDataset('spiral', createRng(1));
    // the two arms are point-reflections of each other
    expect(spiral[10].x).toBeCloseTo(-spiral[260].x, 6);
    expect(spiral[10].y).toBeCloseTo(-spiral[260].y, 6);
  });

  it('splits reproducibly without losing points', () => {
    const pts = makeDataset('gauss', createRng(2));
    const { train, test } = splitDataset(pts, createRng(3), 0.5);
    expect(train).toHaveLength(250);
    expect(test).toHaveLength(250);
    expect(new Set([...train, ...test])).toEqual(new Set(pts));
    expect(splitDataset(pts, createRng(3)).train).toEqual(train);
  });
});

describe('features', () => {
  it('computes x, y, x², y², xy, sin x, sin y per point, and ±1 or 0/1 targets', async () => {
    const pts = [{ x: 1.5, y: -2, label: 1 as const }, { x: -0.3, y: 0.8, label: -1 as const }];
    const m = featureMatrix(pts, ALL_FEATURES);
    expect(m.shape).toEqual([2, 7]);
    const ref = pts.flatMap(({ x, y }) => [x, y, x * x, y * y, x * y, Math.sin(x), Math.sin(y)]);
    expectClose(await m.data(), ref, 1e-6);
    const sub = featureMatrix(pts, ['xy', 'sinx']);
    expectClose(await sub.data(), [-3, Math.sin(1.5), -0.24, Math.sin(-0.3)], 1e-6);
    const t1 = targetsFor(pts, 'mse');
    const t2 = targetsFor(pts, 'bce');
    expect(Array.from(await t1.data())).toEqual([1, -1]);
    expect(Array.from(await t2.data())).toEqual([1, 0]);
    tf.dispose([m, sub, t1, t2]);
  });
});

describe('training on Playground data and the decision boundary', () => {
  it('learns xor with x, y inputs to > 90% test accuracy', async () => {
    const { train, test } = splitDataset(makeDataset('xor', createRng(4)), createRng(5));
    const cfg: MlpConfig = { inputSize: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }, { units: 1, activation: 'tanh' }] };
    const net = new Mlp(cfg, createRng(6));
    const [X, T, Xt] = [featureMatrix(train, ['x', 'y']), targetsFor(train, 'mse'), featureMatrix(test, ['x', 'y'])];
    const l0 = await evaluateLoss(net, X, T, 'mse');
    for (let e = 0; e < 60; e++) trainEpoch(net, X, T, 10, { learningRate: 0.03, loss: 'mse' });
    expect(await evaluateLoss(net, X, T, 'mse')).toBeLessThan(l0 / 3);
    const out = predict(net, Xt);
    const pred = await out.data();
    const acc = test.filter((p, i) => Math.sign(pred[i]) === p.label).length / test.length;
    expect(acc).toBeGreaterThan(0.9);
    tf.dispose([X, T, Xt, out]);
    net.dispose();
  });

  it('boundary grid: one batched pass equals a per-point naive forward at each cell centre', async () => {
    const features = ['x', 'y', 'x2', 'xy', 'siny'] as const;
    const net = new Mlp({ inputSize: 5, layers: [{ units: 4, activation: 'relu' }, { units: 1, activation: 'sigmoid' }] }, createRng(8));
    const before = tf.memory().numTensors;
    const grid = createBoundaryGrid(7, features, [-3, 4]);
    const values = await decisionBoundary(net, grid);
    grid.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(values).toHaveLength(49);
    const p = await readParams(net);
    const step = 1;
    const rows: number[][] = [];
    for (let i = 0; i < 7; i++)
      for (let j = 0; j < 7; j++) {
        const x = -3 + (j + 0.5) * step;
        const y = -3 + (i + 0.5) * step;
        rows.push([x, y, x * x, x * y, Math.sin(y)]);
      }
    expectClose(values, refForward(p, rows).a.at(-1)!.flat(), 1e-5);
    net.dispose();
  });
});
