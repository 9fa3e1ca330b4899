import { describe, expect, it } from 'vitest';
import { appendBounded } from '@/lib/demos/series';
import { parseCssColor } from '@/lib/demos/color';
import { decode, defaults, encode } from '@/lib/demos/params';
import {
  PARAMS,
  boundaryPixels,
  networkKey,
  percentile,
  trainerSetup,
  type LossPoint,
} from '@/lib/demos/trainer/params';
import { BOUNDARY_N, COARSE_BOUNDARY_N, TrainerEngine } from '@/lib/demos/trainer/engine';
import { refForward } from '../compute/mlp-reference';
import { expectClose, tf, useCpu } from '../compute/setup';

describe('trainer parameter table', () => {
  it('defaults are Playground’s and valid; the URL round-trips', () => {
    const d = defaults(PARAMS);
    expect(decode(PARAMS, '', 'nn')).toEqual({ values: d, notices: [] });
    expect(trainerSetup(d)).toMatchObject({ dataset: 'circle', features: ['x', 'y'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, batchSize: 10 });
    const heavy = { ...d, dataset: 'spiral', x2: true, y2: true, xy: true, sinx: true, siny: true, layers: [8, 8, 8, 8, 8, 8], lr: 0.003, batch: 1, noise: 35, train: 70, seed: 42, showTest: true };
    const q = encode(PARAMS, heavy, 'nn');
    expect(q).toContain('nn.layers=8%2C8%2C8%2C8%2C8%2C8');
    expect(decode(PARAMS, q, 'nn')).toEqual({ values: heavy, notices: [] });
    const noHidden = { ...d, layers: [] };
    expect(decode(PARAMS, encode(PARAMS, noHidden, 'nn'), 'nn').values.layers).toEqual([]);
  });

  it('clamps garbage with notices', () => {
    const { values, notices } = decode(PARAMS, '?nn.lr=abc&nn.batch=1e9&nn.layers=9,0,3,4,5,6,7&nn.dataset=moon&nn.bogus=2', 'nn');
    expect(values.lr).toBe(0.03);
    expect(values.batch).toBe(30);
    expect(values.layers).toEqual([8, 1, 3, 4, 5, 6]);
    expect(values.dataset).toBe('circle');
    expect(notices).toHaveLength(5);
    expect(decode(PARAMS, '?nn.lr=1e9', 'nn').values.lr).toBe(10);
  });

  it('a set-up without features falls back to X₁, X₂; only lr and batch keep the network', () => {
    const d = defaults(PARAMS);
    expect(trainerSetup({ ...d, x: false, y: false }).features).toEqual(['x', 'y']);
    const key = networkKey(trainerSetup(d));
    expect(networkKey(trainerSetup({ ...d, lr: 0.1, batch: 3 }))).toBe(key);
    for (const patch of [{ noise: 10 }, { seed: 2 }, { layers: [4] }, { activation: 'relu' }, { xy: true }, { train: 60 }, { dataset: 'xor' }]) {
      expect(networkKey(trainerSetup({ ...d, ...patch }))).not.toBe(key);
    }
  });
});

describe('trainer helpers', () => {
  it('heat-map pixels: −1 orange, +1 blue, 0 the background; top row is the largest y', () => {
    const out = new Uint8ClampedArray(2 * 2 * 4);
    boundaryPixels([-1, 0, 1, 0.5], 2, out, [255, 255, 255], 1);
    expect(Array.from(out.slice(8, 12))).toEqual([245, 147, 34, 255]); // row 0 (y small) drawn at the bottom
    expect(Array.from(out.slice(12, 16))).toEqual([255, 255, 255, 255]);
    expect(Array.from(out.slice(0, 4))).toEqual([8, 119, 189, 255]);
  });

  it('loss history keeps its length bounded and the latest point', () => {
    let h: LossPoint[] = [];
    for (let e = 1; e <= 1000; e++) h = appendBounded(h, { epoch: e, train: 1 / e, test: 2 / e }, (p) => p.epoch, 100);
    expect(h.length).toBeLessThanOrEqual(100);
    expect(h[h.length - 1].epoch).toBe(1000);
    expect(h.every((p, i) => i === 0 || p.epoch > h[i - 1].epoch)).toBe(true);
    expect(appendBounded([{ epoch: 3, train: 1, test: 1 }], { epoch: 3, train: 0.5, test: 0.5 }, (p) => p.epoch)).toHaveLength(1);
  });

  it('parses CSS colours and percentiles', () => {
    expect(parseCssColor('#fdfcf9')).toEqual([253, 252, 249]);
    expect(parseCssColor(' #fff')).toEqual([255, 255, 255]);
    expect(parseCssColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseCssColor('oklch(0.5 0.1 20)', [9, 9, 9])).toEqual([9, 9, 9]);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
  });
});

describe('trainer engine (cpu backend)', () => {
  it('learns the circle, gives a 100×100 boundary, and leaks no tensors over 10,000 steps', async () => {
    await useCpu();
    const before = tf.memory().numTensors;
    const engine = new TrainerEngine(trainerSetup(defaults(PARAMS)));
    expect(engine.points.trainCount).toBe(250);
    expect(engine.points.xyl.length).toBe(500 * 3);
    const first = await engine.frame();
    expect(first.boundary.length).toBe(BOUNDARY_N * BOUNDARY_N);
    const during = tf.memory().numTensors;
    // 400 epochs of 25 batches = 10,000 SGD steps
    for (let i = 0; i < 400; i++) engine.trainEpoch();
    const last = await engine.frame();
    expect(tf.memory().numTensors).toBe(during);
    expect(last.epoch).toBe(400);
    expect(last.trainLoss).toBeLessThan(first.trainLoss / 2);
    expect(last.testLoss).toBeLessThan(0.1);
    const w = await engine.weights();
    expect(w.map((l) => l.b.length)).toEqual([4, 2, 1]);
    engine.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the same seed gives the same data and network; lr and batch change in place', async () => {
    await useCpu();
    const setup = trainerSetup({ ...defaults(PARAMS), dataset: 'xor', layers: [3], xy: true });
    const a = new TrainerEngine(setup);
    const b = new TrainerEngine(setup);
    expect(a.points.xyl).toEqual(b.points.xyl);
    a.trainEpoch();
    b.trainEpoch();
    expect((await a.frame()).boundary).toEqual((await b.frame()).boundary);
    b.setHyper({ ...setup, learningRate: 0.5, batchSize: 1 });
    a.trainEpoch();
    b.trainEpoch();
    expect((await a.frame()).boundary).not.toEqual((await b.frame()).boundary);
    a.dispose();
    b.dispose();
  });

  it('while training, a coarse boundary: 50×50 cell centres over [-6, 6]², the network’s output there (float64 reference)', async () => {
    await useCpu();
    const setup = trainerSetup(defaults(PARAMS)); // features X₁, X₂; layers 4, 2 tanh; tanh output
    const engine = new TrainerEngine(setup);
    for (let i = 0; i < 20; i++) engine.trainEpoch();
    const before = tf.memory().numTensors;
    const [coarse, full] = [await engine.frame(true), await engine.frame()];
    expect(tf.memory().numTensors).toBe(before);
    expect([coarse.n, coarse.boundary.length, full.n, full.boundary.length]).toEqual([COARSE_BOUNDARY_N, 50 * 50, BOUNDARY_N, 100 * 100]);
    expect([coarse.epoch, coarse.trainLoss, coarse.testLoss]).toEqual([full.epoch, full.trainLoss, full.testLoss]);
    const layers = await engine.weights();
    const params = { W: layers.map((l) => l.w), b: layers.map((l) => l.b), acts: ['tanh', 'tanh', 'tanh'] as const };
    const centre = (k: number, n: number) => -6 + ((k + 0.5) * 12) / n;
    for (const [frame, n] of [[coarse, 50], [full, 100]] as const) {
      const cells = [[0, 0], [0, n - 1], [n - 1, 0], [n >> 1, n >> 2], [n - 1, n - 1]]; // [row i (y), column j (x)]
      const ref = refForward({ ...params, acts: [...params.acts] }, cells.map(([i, j]) => [centre(j, n), centre(i, n)])).a.at(-1)!.map((r) => r[0]);
      expectClose(cells.map(([i, j]) => frame.boundary[i * n + j]), ref, 1e-5);
    }
    engine.dispose();
  });
});
