import { beforeAll, describe, expect, it } from 'vitest';
import {
  Descent2D, himmelblau, objectiveGradient, objectiveGrid, objectiveValue, quadraticBowl, rosenbrock, saddle,
  createOptimizer, type Objective2D, type OptimizerConfig,
} from '@/lib/compute/maths';
import { expectClose, expectNoLeak, tf, useCpu } from './setup';

/** Independent float64 references, written from the textbook formulas. */
const REF: Record<string, (x: number, y: number) => number> = {
  quadratic: (x, y) => 0.5 * (x * x + 10 * y * y),
  rosenbrock: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  saddle: (x, y) => x * x - y * y + y ** 4 / 4,
  himmelblau: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
};
const OBJECTIVES: Objective2D[] = [quadraticBowl(10), rosenbrock(), saddle(), himmelblau()];
const POINTS: [number, number][] = [[-1.3, 0.7], [0.4, -2.1], [2.2, 1.9], [0.05, 0.3]];

const fdGrad = (f: (x: number, y: number) => number, x: number, y: number, h = 1e-6) => [
  (f(x + h, y) - f(x - h, y)) / (2 * h),
  (f(x, y + h) - f(x, y - h)) / (2 * h),
];

beforeAll(useCpu);

describe('2-D objectives', () => {
  for (const obj of OBJECTIVES) {
    it(`${obj.id}: value and hand-written gradient match the formula, finite differences and tf.grad`, async () => {
      for (const [x, y] of POINTS) {
        const theta = tf.tensor1d([x, y]);
        const value = await expectNoLeak(() => objectiveValue(obj, theta), (t) => t.dispose());
        const v = (await objectiveValue(obj, theta).data())[0];
        expect(value.isDisposed).toBe(true);
        const ref = REF[obj.id](x, y);
        expect(Math.abs(v - ref)).toBeLessThan(1e-4 * Math.max(1, Math.abs(ref)));
        const g = objectiveGradient(obj, theta);
        const gData = Array.from(await g.data());
        const fd = fdGrad(REF[obj.id], x, y);
        const scale = Math.max(1, ...fd.map(Math.abs));
        expectClose(gData, fd, 1e-4 * scale);
        const auto = tf.grad((t: tf.Tensor) => objectiveValue(obj, t as tf.Tensor1D))(theta);
        expectClose(gData, await auto.data(), 1e-4 * scale);
        tf.dispose([theta, g, auto]);
      }
    });
  }

  it('lists true minima: L is minimal and ∇L ≈ 0 there', () => {
    for (const obj of OBJECTIVES) {
      for (const [x, y] of obj.minima) {
        const g = fdGrad(REF[obj.id], x, y);
        expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-3);
        for (const [dx, dy] of [[0.01, 0], [0, 0.01], [-0.01, 0], [0, -0.01]]) {
          expect(REF[obj.id](x + dx, y + dy)).toBeGreaterThan(REF[obj.id](x, y));
        }
      }
    }
  });

  it('evaluates a grid row-major with y along rows', async () => {
    const obj = himmelblau();
    const n = 5;
    const grid = await expectNoLeak(() => objectiveGrid(obj, n));
    const ref: number[] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) ref.push(REF.himmelblau(-5 + (10 * j) / (n - 1), -5 + (10 * i) / (n - 1)));
    expectClose(grid, ref, 1e-2);
  });
});

/** Naive JS optimizer updates for θ ∈ R², the independent reference for lib's tensor versions. */
function referencePath(obj: Objective2D, cfg: OptimizerConfig, start: [number, number], steps: number): number[][] {
  const f = REF[obj.id];
  let th = [...start];
  let v = [0, 0];
  let m = [0, 0];
  const path = [th];
  const b1 = 0.9, b2 = 0.999, eps = 1e-8, mu = 0.9;
  for (let t = 1; t <= steps; t++) {
    const g = fdGrad(f, th[0], th[1]);
    if (cfg.kind === 'sgd') th = th.map((p, i) => p - cfg.learningRate * g[i]);
    if (cfg.kind === 'momentum') {
      v = v.map((vi, i) => mu * vi - cfg.learningRate * g[i]);
      th = th.map((p, i) => p + v[i]);
    }
    if (cfg.kind === 'adam') {
      m = m.map((mi, i) => b1 * mi + (1 - b1) * g[i]);
      v = v.map((vi, i) => b2 * vi + (1 - b2) * g[i] ** 2);
      th = th.map((p, i) => p - (cfg.learningRate * (m[i] / (1 - b1 ** t))) / (Math.sqrt(v[i] / (1 - b2 ** t)) + eps));
    }
    path.push(th);
  }
  return path;
}

describe('Descent2D with SGD, momentum and Adam', () => {
  const cases: [Objective2D, OptimizerConfig][] = [
    [quadraticBowl(10), { kind: 'sgd', learningRate: 0.05 }],
    [quadraticBowl(10), { kind: 'momentum', learningRate: 0.02 }],
    [rosenbrock(), { kind: 'adam', learningRate: 0.05 }],
    [himmelblau(), { kind: 'momentum', learningRate: 0.002 }],
  ];
  for (const [obj, cfg] of cases) {
    it(`${obj.id} / ${cfg.kind}: follows the plain-JS update rule step by step`, async () => {
      const before = tf.memory().numTensors;
      const run = new Descent2D(obj, cfg);
      const path = await run.run(40);
      run.dispose();
      expect(tf.memory().numTensors).toBe(before);
      const ref = referencePath(obj, cfg, obj.start, 40);
      expect(path).toHaveLength(41);
      path.forEach((s, i) => {
        expect(s.iteration).toBe(i);
        expectClose(s.theta, ref[i], 2e-3 * Math.max(1, Math.abs(ref[i][0]), Math.abs(ref[i][1])));
        expect(Math.abs(s.loss - REF[obj.id](...s.theta))).toBeLessThan(1e-3 * Math.max(1, s.loss));
        expectClose(s.gradient, fdGrad(REF[obj.id], ...s.theta), 1e-2 * Math.max(1, ...s.gradient.map(Math.abs)));
      });
    });
  }

  it('converges on the bowl for lr < 2/κ and reports divergence for lr > 2/κ', async () => {
    const ok = new Descent2D(quadraticBowl(20), { kind: 'sgd', learningRate: 0.09 });
    const end = (await ok.run(300)).at(-1)!;
    ok.dispose();
    expect(end.divergence).toBeNull();
    expect(end.loss).toBeLessThan(1e-6);
    const bad = new Descent2D(quadraticBowl(20), { kind: 'sgd', learningRate: 0.11 });
    const path = await bad.run(2000);
    bad.dispose();
    const last = path.at(-1)!;
    expect(last.divergence?.kind).toBe('exploding');
    expect(path.length).toBeLessThan(2001);
    expect(last.divergence?.step).toBe(last.iteration);
    // once diverged, stepping again changes nothing
    expect(path.slice(0, -1).every((s) => s.divergence === null)).toBe(true);
  });

  it('reports NaN/Infinity when Rosenbrock overflows', async () => {
    const run = new Descent2D(rosenbrock(), { kind: 'sgd', learningRate: 0.05 }, { explodeFactor: Infinity });
    const last = (await run.run(500)).at(-1)!;
    run.dispose();
    expect(['nan', 'infinity']).toContain(last.divergence?.kind);
    expect(last.divergence?.message).toMatch(/第 \d+ 步/);
  });

  it('stalls on the saddle from exactly y = 0 and escapes from a small offset', async () => {
    const stuck = new Descent2D(saddle(), { kind: 'sgd', learningRate: 0.1 }, { start: [-1.8, 0] });
    const s = (await stuck.run(200)).at(-1)!;
    const free = new Descent2D(saddle(), { kind: 'sgd', learningRate: 0.1 }, { start: [-1.8, 0.01] });
    const f = (await free.run(200)).at(-1)!;
    stuck.dispose();
    free.dispose();
    expect(Math.hypot(...s.theta)).toBeLessThan(1e-3);
    expect(Math.hypot(...s.gradient)).toBeLessThan(1e-3);
    expect(f.theta[1]).toBeCloseTo(Math.SQRT2, 3);
    expect(f.loss).toBeCloseTo(-1, 4);
  });

  it('reaches different Himmelblau minima from different starts', async () => {
    const reached = new Set<number>();
    for (const start of [[1, 1], [-1, 1], [-1, -1], [1, -1]] as [number, number][]) {
      const run = new Descent2D(himmelblau(), { kind: 'adam', learningRate: 0.1 }, { start });
      const end = (await run.run(600)).at(-1)!;
      run.dispose();
      const idx = himmelblau().minima.findIndex(([x, y]) => Math.hypot(x - end.theta[0], y - end.theta[1]) < 1e-2);
      expect(idx).toBeGreaterThanOrEqual(0);
      reached.add(idx);
    }
    expect(reached.size).toBeGreaterThanOrEqual(3);
  });

  it('optimizers reject a non-positive learning rate and free their state', () => {
    expect(() => createOptimizer({ kind: 'sgd', learningRate: 0 })).toThrow(/learningRate/);
    const before = tf.memory().numTensors;
    const opt = createOptimizer({ kind: 'adam', learningRate: 0.1 });
    const th = tf.tensor1d([1, 2]);
    const g = tf.tensor1d([0.5, -0.5]);
    const next = opt.update(th, g);
    expect(tf.memory().numTensors).toBe(before + 3 + 2); // θ, g, result, m, v
    opt.dispose();
    tf.dispose([th, g, next]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
