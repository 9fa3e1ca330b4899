/**
 * The trainer beyond Playground's first screen: the reader's points as CSV, the regression sets,
 * L1/L2 regularisation (against float64 finite differences), regression training, drawn points and
 * the per-neuron maps of a frame (against a float64 forward pass).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FEATURES, Mlp, createRng, featureMatrix, makeDataset, targetsFor } from '@/lib/compute/maths';
import { defaults } from '@/lib/demos/params';
import { MAX_POINTS, parsePointsCsv, pointsToCsv } from '@/lib/demos/trainer/csv';
import { multiGaussValue, problemOf, trainerData } from '@/lib/demos/trainer/data';
import { NEURON_N, TrainerEngine } from '@/lib/demos/trainer/engine';
import { PARAMS, trainerSetup } from '@/lib/demos/trainer/params';
import { FastSgd, type RegSetting } from '@/lib/demos/trainer/sgd';
import { readParams, refForward, refLoss, type RefParams } from '../compute/mlp-reference';
import { expectClose, tf, useCpu, type Mat } from '../compute/setup';

beforeAll(useCpu);

describe('the reader’s points as CSV', () => {
  it('reads x,y,label with or without a header, U+2212 minus and blank lines; writes it back the same', () => {
    const text = 'x,y,label\n1.5,-2,1\n\n −3 , 4.25 , −1 \r\n0,0,-1\n';
    const { points, errors } = parsePointsCsv(text, 'classification');
    expect(errors).toEqual([]);
    expect(points).toEqual([
      { x: 1.5, y: -2, label: 1 },
      { x: -3, y: 4.25, label: -1 },
      { x: 0, y: 0, label: -1 },
    ]);
    const again = parsePointsCsv(pointsToCsv(points), 'classification');
    expect(again).toEqual({ points, errors: [] });
    expect(pointsToCsv(points).split('\n')[0]).toBe('x,y,label');
    expect(parsePointsCsv('0.5,0.5,0.25', 'regression').points).toEqual([{ x: 0.5, y: 0.5, label: 0.25 }]);
  });

  it('reports each bad row by its line number and keeps the good ones', () => {
    const text = ['x,y,label', '1,1,1', '2,2', 'a,1,1', '1,7,1', '1,1,0.5', '1,1,1,1', '-1,-1,-1', '1,1,'].join('\n');
    const { points, errors } = parsePointsCsv(text, 'classification');
    expect(points).toEqual([
      { x: 1, y: 1, label: 1 },
      { x: -1, y: -1, label: -1 },
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 9]);
    expect(errors[0].message).toContain('3 列');
    expect(errors[1].message).toContain('x 不是数');
    expect(errors[2].message).toContain('y = 7.00 超出');
    expect(errors[3].message).toContain('1 或');
    const reg = parsePointsCsv('0,0,1.5\n0,0,-0.5', 'regression');
    expect(reg.errors.map((e) => e.line)).toEqual([1]);
    expect(reg.points).toEqual([{ x: 0, y: 0, label: -0.5 }]);
  });

  it('stops at MAX_POINTS with one error per line left out', () => {
    const rows = Array.from({ length: MAX_POINTS + 2 }, (_, i) => `0,0,${i % 2 ? 1 : -1}`).join('\n');
    const { points, errors } = parsePointsCsv(rows, 'classification');
    expect(points.length).toBe(MAX_POINTS);
    expect(errors.map((e) => e.line)).toEqual([MAX_POINTS + 1, MAX_POINTS + 2]);
  });
});

describe('regression data (Playground’s plane and multi-Gaussian)', () => {
  it('plane: value (x + y)/10 without noise; multi-Gaussian: ±1 at the centres, 0 far from them', () => {
    expect(problemOf('plane')).toBe('regression');
    expect(problemOf('drawreg')).toBe('regression');
    expect(problemOf('spiral')).toBe('classification');
    const { train, test } = trainerData('plane', createRng(3), 0, 0.5);
    expect(train.length + test.length).toBe(500);
    for (const p of [...train, ...test]) expect(p.label).toBeCloseTo((p.x + p.y) / 10, 12);
    expect([multiGaussValue(-4, 2.5), multiGaussValue(0, 2.5), multiGaussValue(0, -2.5), multiGaussValue(1, 2.5), multiGaussValue(-6, 6)]).toEqual([1, -1, 1, -0.5, 0]);
    const mg = trainerData('multigauss', createRng(3), 0, 0.5);
    for (const p of mg.train) expect(p.label).toBe(multiGaussValue(p.x, p.y));
    const drawn = [{ x: 1, y: 2, label: 0.3 }];
    expect(trainerData('drawreg', createRng(3), 0, 0.5, drawn)).toEqual({ train: drawn, test: [] });
  });
});

/** The objective with regularisation, in float64: mean ½(p − t)² + λ·R(W). */
function refObjective(p: RefParams, x: Mat, t: Mat, reg: RegSetting): number {
  const r = p.W.flat(2).reduce((s, w) => s + (reg.kind === 'l1' ? Math.abs(w) : reg.kind === 'l2' ? 0.5 * w * w : 0), 0);
  return refLoss(p, x, t, 'mse') + reg.rate * r;
}

describe('L1 and L2 regularisation', () => {
  it('one full-batch step moves W by lr·∂J/∂W and b by lr·∂J/∂b, J = loss + λR(W), ∂J from float64 finite differences', async () => {
    for (const reg of [{ kind: 'l1', rate: 0.05 }, { kind: 'l2', rate: 0.3 }] as RegSetting[]) {
      const data = makeDataset('circle', createRng(9), { numPoints: 16, noise: 0.1 });
      const [x, t] = [featureMatrix(data, ALL_FEATURES), targetsFor(data, 'mse')];
      const net = new Mlp({ inputSize: ALL_FEATURES.length, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'tanh' }] }, createRng(4));
      const before = await readParams(net);
      const [xs, ts] = [(await x.array()) as Mat, (await t.array()) as Mat];
      const h = 1e-6;
      const diff = (get: () => number, set: (v: number) => void) => {
        const v0 = get();
        set(v0 + h);
        const up = refObjective(before, xs, ts, reg);
        set(v0 - h);
        const down = refObjective(before, xs, ts, reg);
        set(v0);
        return (up - down) / (2 * h);
      };
      const dW = before.W.map((W) => W.map((row) => row.map((_, j) => diff(() => row[j], (v) => (row[j] = v)))));
      const db = before.b.map((b) => b.map((_, j) => diff(() => b[j], (v) => (b[j] = v))));
      const lr = 0.2;
      const sgd = new FastSgd(net, x, t, 16, lr, reg);
      sgd.epoch();
      const after = await readParams(net);
      expectClose(after.W.flat(2), before.W.flat(2).map((w, i) => w - lr * dW.flat(2)[i]), 2e-5);
      expectClose(after.b.flat(), before.b.flat().map((b, i) => b - lr * db.flat()[i]), 2e-5);
      // and regularisation made a difference: without it the step is another one
      const plain = new Mlp({ inputSize: ALL_FEATURES.length, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'tanh' }] }, createRng(4));
      const sgd0 = new FastSgd(plain, x, t, 16, lr);
      sgd0.epoch();
      sgd0.flush();
      const noReg = await readParams(plain);
      expect(Math.max(...noReg.W.flat(2).map((w, i) => Math.abs(w - after.W.flat(2)[i])))).toBeGreaterThan(1e-4);
      for (const o of [sgd, sgd0, net, plain]) o.dispose();
      tf.dispose([x, t]);
    }
  });

  it('strong L2 shrinks the weights; a change of λ keeps the network and leaks nothing', async () => {
    const base = trainerSetup({ ...defaults(PARAMS), reg: 'l2', regRate: 0.3 });
    const a = new TrainerEngine(base);
    const b = new TrainerEngine({ ...base, reg: { kind: 'none', rate: 0 } });
    for (let i = 0; i < 30; i++) {
      a.trainEpoch();
      b.trainEpoch();
    }
    const norm = async (e: TrainerEngine) => (await e.weights()).flatMap((l) => l.w.flat()).reduce((s, w) => s + w * w, 0);
    expect(await norm(a)).toBeLessThan((await norm(b)) / 2);
    const tensors = tf.memory().numTensors;
    a.setHyper({ ...base, reg: { kind: 'l1', rate: 0.01 } });
    a.trainEpoch();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(a.epoch).toBe(31);
    a.dispose();
    b.dispose();
  });
});

describe('regression, drawn points and the per-neuron maps', () => {
  it('learns the plane with a linear output (values beyond ±1 too)', async () => {
    const engine = new TrainerEngine(trainerSetup({ ...defaults(PARAMS), dataset: 'plane', layers: [3] }));
    const first = await engine.frame();
    for (let i = 0; i < 40; i++) engine.trainEpoch();
    const last = await engine.frame();
    expect(last.trainLoss).toBeLessThan(first.trainLoss / 10);
    expect(last.testLoss).toBeLessThan(0.005);
    engine.dispose();
    // No hidden layer: the linear output is the plane itself, beyond ±1 in the corner, as a tanh could not be.
    const flat = new TrainerEngine(trainerSetup({ ...defaults(PARAMS), dataset: 'plane', layers: [] }));
    for (let i = 0; i < 40; i++) flat.trainEpoch();
    const corner = (await flat.frame()).boundary[100 * 100 - 1];
    expect(corner).toBeCloseTo((5.94 + 5.94) / 10, 2);
    flat.dispose();
  });

  it('drawn points: all for training, no test loss; new points keep the network and its epoch', async () => {
    const pts = [
      { x: -3, y: -3, label: -1 },
      { x: 3, y: 3, label: 1 },
    ];
    const s = trainerSetup({ ...defaults(PARAMS), dataset: 'draw' });
    const engine = new TrainerEngine({ ...s, drawn: [] });
    expect(engine.points.trainCount).toBe(0);
    const empty = await engine.frame();
    expect([empty.trainLoss, empty.testLoss].map(Number.isNaN)).toEqual([true, true]);
    engine.trainEpoch();
    engine.setDrawn({ ...s, drawn: pts });
    for (let i = 0; i < 50; i++) engine.trainEpoch();
    const f = await engine.frame();
    expect(engine.points).toEqual({ xyl: new Float32Array([-3, -3, -1, 3, 3, 1]), trainCount: 2 });
    expect(f.epoch).toBe(51);
    expect(f.trainLoss).toBeLessThan(0.05);
    expect(Number.isNaN(f.testLoss)).toBe(true);
    engine.dispose();
  });

  it('every neuron’s output on the 16×16 grid, the focused neuron in the big plot, the weights (float64 reference)', async () => {
    const setup = trainerSetup({ ...defaults(PARAMS), layers: [3, 2] });
    const engine = new TrainerEngine(setup);
    for (let i = 0; i < 5; i++) engine.trainEpoch();
    const layers = await engine.weights();
    const params: RefParams = { W: layers.map((l) => l.w), b: layers.map((l) => l.b), acts: ['tanh', 'tanh', 'tanh'] };
    const centre = (k: number, n: number) => -6 + ((k + 0.5) * 12) / n;
    const f = await engine.frame();
    expect(f.neurons.length).toBe(NEURON_N * NEURON_N * 6);
    expectClose(f.weights, layers.flatMap((l) => l.w.flat()), 0);
    const cells = [[0, 0], [3, 11], [15, 15]];
    const ref = refForward(params, cells.map(([i, j]) => [centre(j, NEURON_N), centre(i, NEURON_N)])).a;
    cells.forEach(([i, j], k) => {
      const row = Array.from(f.neurons.subarray((i * NEURON_N + j) * 6, (i * NEURON_N + j + 1) * 6));
      expectClose(row, [...ref[0][k], ...ref[1][k], ...ref[2][k]], 1e-5);
    });
    engine.setFocus({ layer: 0, unit: 2 });
    const g = await engine.frame();
    expect(g.focus).toEqual({ layer: 0, unit: 2 });
    const big = refForward(params, [[centre(7, 100), centre(40, 100)]]).a[0][0][2];
    expect(g.boundary[40 * 100 + 7]).toBeCloseTo(big, 5);
    const lean = await engine.frame(true, false); // every other frame while training: no maps
    expect([lean.neurons.length, lean.weights.length, lean.n]).toEqual([0, 0, 50]);
    engine.setFocus({ layer: 5, unit: 0 }); // no such layer: back to the output
    expect((await engine.frame()).focus).toBeNull();
    engine.dispose();
  });
});
