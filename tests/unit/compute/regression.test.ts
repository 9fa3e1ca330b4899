import { beforeAll, describe, expect, it } from 'vitest';
import { LinearRegressionGD, checkDivergence, createRng, detectDivergence, leastSquares, makeLineData } from '@/lib/compute/maths';
import { expectClose, tf, useCpu } from './setup';

beforeAll(useCpu);

describe('least squares', () => {
  it('matches the closed form slope = cov(x, y)/var(x) in one dimension', () => {
    const data = makeLineData(createRng(1), 200, 2.5, -0.7, 0.3);
    const xs = data.x.map((r) => r[0]);
    const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
    const my = data.y.reduce((s, v) => s + v, 0) / xs.length;
    const cov = xs.reduce((s, x, i) => s + (x - mx) * (data.y[i] - my), 0);
    const vx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const [w, b] = leastSquares(data);
    expect(w).toBeCloseTo(cov / vx, 10);
    expect(b).toBeCloseTo(my - (cov / vx) * mx, 10);
    expect(w).toBeGreaterThan(2.3);
    expect(w).toBeLessThan(2.7);
  });

  it('leaves a residual orthogonal to every feature column in several dimensions', () => {
    const rng = createRng(5);
    const x = Array.from({ length: 60 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const y = x.map((r) => 1.5 * r[0] - 2 * r[1] + 0.5 * r[2] + 3 + rng.normal(0, 0.1));
    const p = leastSquares({ x, y });
    const res = x.map((r, i) => r[0] * p[0] + r[1] * p[1] + r[2] * p[2] + p[3] - y[i]);
    for (let j = 0; j < 3; j++) expect(Math.abs(res.reduce((s, e, i) => s + e * x[i][j], 0))).toBeLessThan(1e-9);
    expect(Math.abs(res.reduce((s, e) => s + e, 0))).toBeLessThan(1e-9);
    expect(() => leastSquares({ x: [[1, 2], [2, 4], [3, 6]], y: [1, 2, 3] })).toThrow(/dependent/);
  });
});

describe('linear regression by gradient descent', () => {
  it('approaches the least-squares answer (SGD and Adam), gradient = (2/n)Aᵀ(Ap − y)', async () => {
    const data = makeLineData(createRng(2), 100, -1.2, 0.4, 0.2);
    const exact = leastSquares(data);
    for (const cfg of [{ kind: 'sgd', learningRate: 0.3 }, { kind: 'adam', learningRate: 0.05 }] as const) {
      const before = tf.memory().numTensors;
      const gd = new LinearRegressionGD(data, cfg);
      const first = await gd.current();
      // at p = 0 the gradient is −(2/n)Σ[x·y, y]
      const n = data.y.length;
      expectClose(first.gradient, [(-2 / n) * data.x.reduce((s, r, i) => s + r[0] * data.y[i], 0), (-2 / n) * data.y.reduce((s, v) => s + v, 0)], 1e-4);
      expect(first.loss).toBeCloseTo(data.y.reduce((s, v) => s + v * v, 0) / n, 4);
      const end = await gd.run(800);
      gd.dispose();
      expect(tf.memory().numTensors).toBe(before);
      expect(end.divergence).toBeNull();
      expectClose(end.params, exact, 1e-3);
    }
  });

  it('detects divergence when the learning rate is too large', async () => {
    const data = makeLineData(createRng(3), 50, 3, 1, 0.1);
    const gd = new LinearRegressionGD(data, { kind: 'sgd', learningRate: 5 });
    const end = await gd.run(500);
    gd.dispose();
    expect(end.divergence).not.toBeNull();
    expect(end.iteration).toBeLessThan(500);
  });
});

describe('divergence detection', () => {
  it('classifies NaN, Infinity and explosion and finds the first bad step', () => {
    expect(checkDivergence(3, NaN, 1, [])?.kind).toBe('nan');
    expect(checkDivergence(3, 1, 1, [Infinity])?.kind).toBe('infinity');
    expect(checkDivergence(3, -Infinity, 1, [])?.kind).toBe('infinity');
    expect(checkDivergence(3, 2e6 + 1, 2, [])?.kind).toBe('exploding');
    expect(checkDivergence(3, 1e5, 2, [])).toBeNull();
    expect(checkDivergence(3, 50, 0, [], { explodeFactor: 10 })?.kind).toBe('exploding');
    expect(detectDivergence([1, 0.5, 0.25])).toBeNull();
    expect(detectDivergence([])).toBeNull();
    const d = detectDivergence([1, 2, 40, 900, 1e7, NaN]);
    expect(d).toMatchObject({ kind: 'exploding', step: 4 });
    expect(detectDivergence([1, 2, NaN])).toMatchObject({ kind: 'nan', step: 2 });
  });
});
