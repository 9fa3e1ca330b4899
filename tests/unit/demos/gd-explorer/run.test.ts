/**
 * The explorer's defaults reproduce the chapter's numbers when run through the compute core
 * (cpu backend), and a run leaves no tensors behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useCpu } from '../../compute/setup';
import * as M from '@/lib/compute/maths';
import { CHAPTER_POINTS, PARAMS, SURFACES } from '@/lib/demos/gd-explorer/params';
import { updateNumbers } from '@/lib/demos/gd-explorer/formula';
import { defaults } from '@/lib/demos/params';

beforeAll(useCpu);

describe('gd-explorer runs (cpu)', () => {
  it('the default bowl ½(x² + κy²) with SGD reproduces the chapter’s table', async () => {
    const d = defaults(PARAMS);
    const before = tf.memory().numTensors;
    const f = { ...M.quadraticBowl(d.kappa), domain: SURFACES.quadratic.bounds };
    const run = new M.Descent2D(f, { kind: 'sgd', learningRate: d.lr }, { start: [d.x, d.y] });
    const path = await run.run(5);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const expected = [
      [4, 1, 13],
      [3.4, -0.5, 7.03],
      [2.89, 0.25, 4.4885],
      [2.4565, -0.125, 3.0953],
      [2.088, 0.0625, 2.1995],
      [1.7748, -0.0313, 1.5799],
    ];
    path.forEach((s, i) => {
      expect(s.theta[0]).toBeCloseTo(expected[i][0], 3);
      expect(s.theta[1]).toBeCloseTo(expected[i][1], 3);
      expect(s.loss).toBeCloseTo(expected[i][2], 3);
    });
    expect(path[0].gradient).toEqual([4, 10]);
    const u = updateNumbers(path.slice(0, 2), d.lr)!;
    expect(u.direction![0]).toBeCloseTo(4, 4);
    expect(u.direction![1]).toBeCloseTo(10, 4);
  });

  it('momentum (α = 0.1, β = 0.5) gives the chapter’s velocity v₂ = (5.6, 5) in its form', async () => {
    const run = new M.Descent2D(M.quadraticBowl(10), { kind: 'momentum', learningRate: 0.1, momentum: 0.5 }, { start: [4, 1] });
    const path = await run.run(2);
    run.dispose();
    const u = updateNumbers(path, 0.1)!;
    expect(u.next![0]).toBeCloseTo(3.04, 4);
    expect(u.next![1]).toBeCloseTo(-0.5, 4);
    expect(u.direction![0]).toBeCloseTo(5.6, 3);
    expect(u.direction![1]).toBeCloseTo(5, 3);
  });

  it('α = 0.21 on the bowl diverges and says so', async () => {
    const run = new M.Descent2D(M.quadraticBowl(10), { kind: 'sgd', learningRate: 0.21 }, { start: [4, 1] });
    const path = await run.run(1000);
    run.dispose();
    const last = path[path.length - 1];
    expect(last.divergence?.kind).toBe('exploding');
    expect(path.length).toBeLessThan(1000);
  });

  it('line fitting on the chapter’s 3 points reaches the least-squares line (α = 0.1)', async () => {
    const exact = M.leastSquares(CHAPTER_POINTS);
    expect(exact[0]).toBeCloseTo(1.5, 10);
    expect(exact[1]).toBeCloseTo(-1 / 3, 10);
    const before = tf.memory().numTensors;
    const run = new M.LinearRegressionGD(CHAPTER_POINTS, { kind: 'sgd', learningRate: 0.1 });
    const first = await run.step();
    expect(first.params[0]).toBeCloseTo(1.2667, 4);
    expect(first.params[1]).toBeCloseTo(0.5333, 4);
    const end = await run.run(999);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(end.params[0]).toBeCloseTo(1.5, 3);
    expect(end.params[1]).toBeCloseTo(-1 / 3, 3);
  });
});
