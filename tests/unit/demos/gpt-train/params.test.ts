/**
 * The "train from scratch" demo's pure parts: the parameter table and the URL, the heads that must
 * divide d_model, the set-up and schedule, what forces a new model, the loss curve, the axis ticks,
 * the step rate and the view's message reducer.
 */
import { describe, expect, it } from 'vitest';
import { checkConfig } from '@/lib/models/config';
import { learningRateAt } from '@/lib/models/train';
import { PARAMS, spec, formatLoss, formatRate, formatSpeed, headChoices, headsNotice, modelConfig, modelKey, scheduleOf, trainSetup, validHeads } from '@/lib/demos/gpt-train/params';
import { StepRate } from '@/lib/demos/gpt-train/protocol';
import { decode, defaults, encode, initialState, resolveHidden } from '@/lib/demos/params';
import { appendBounded } from '@/lib/demos/series';
import { axisTicks, decadeRange, niceRange } from '@/lib/demos/axis';
import { initialTrainState, trainReducer } from '@/components/demos/gpt-train/trainState';

describe('parameters', () => {
  it('defaults are the brief’s: 2 layers, d_model 48, 4 heads, context 32, batch 16, lr 3e-3, 2000 steps', () => {
    const v = defaults(PARAMS);
    expect(v).toEqual({ layers: 2, d: '48', heads: 4, ctx: 32, batch: 16, lr: 3e-3, steps: 2000, seed: 1 });
    expect(headsNotice(v)).toBeNull();
    const config = modelConfig(trainSetup(v), 1336);
    expect(() => checkConfig(config)).not.toThrow();
    expect(config).toMatchObject({ vocabSize: 1336, ctx: 32, dModel: 48, nLayers: 2, nHeads: 4, dFF: 192, causal: true });
  });

  it('the URL round-trips, and garbage is clamped with notices', () => {
    const v = { ...defaults(PARAMS), layers: 1, d: '32', heads: 2, lr: 0.01, seed: 9 };
    const search = encode(PARAMS, v, 'gt');
    expect(search).toBe('?gt.layers=1&gt.d=32&gt.heads=2&gt.lr=0.01&gt.seed=9');
    expect(decode(PARAMS, search, 'gt')).toEqual({ values: v, notices: [] });
    const bad = decode(PARAMS, '?gt.layers=9&gt.d=50&gt.ctx=abc&gt.lr=1', 'gt');
    expect(bad.values).toMatchObject({ layers: 3, d: '48', ctx: 32, lr: 0.03 });
    expect(bad.notices).toHaveLength(4);
  });

  it('hide= names parameters and the demo’s other parts', () => {
    expect([...resolveHidden(spec, '?hide=play,lr,samples,nonsense', 'gpt-train').hidden].sort()).toEqual(['lr', 'play', 'samples']);
  });

  it('normalises heads that do not divide d_model, from a link and after a change', () => {
    const state = initialState(spec, '?gpt-train.d=32&gpt-train.heads=6', 'gpt-train');
    expect(state.values).toMatchObject({ d: '32', heads: 4 });
    expect(state.notices).toEqual([headsNotice({ d: '32', heads: 6 })]);
    const ok = spec.normalize!({ ...defaults(PARAMS), d: '48', heads: 6 });
    expect(ok.values.heads).toBe(6);
    expect(ok.notices).toEqual([]);
  });

  it('only heads that divide d_model are offered', () => {
    expect(headChoices(32)).toEqual([1, 2, 4, 8]);
    expect(headChoices(48)).toEqual([1, 2, 3, 4, 6, 8]);
    expect(headChoices(64)).toEqual([1, 2, 4, 8]);
  });

  it('heads that do not divide d_model become the largest that does below them, with a notice', () => {
    expect(validHeads(48, 5)).toBe(4);
    expect(validHeads(32, 6)).toBe(4);
    expect(validHeads(64, 3)).toBe(2);
    expect(validHeads(48, 1)).toBe(1);
    const v = { ...defaults(PARAMS), d: '32', heads: 6 };
    expect(headsNotice(v)).toBe('注意力头数 6 不能整除 d_model 32（每个头要分到同样多的维度），已改为 4');
    const s = trainSetup(v);
    expect(s.nHeads).toBe(4);
    // the worker never gets a config the model library would refuse
    for (const d of ['32', '48', '64'])
      for (let h = 1; h <= 8; h++) expect(() => checkConfig(modelConfig(trainSetup({ ...v, d, heads: h }), 100))).not.toThrow();
  });
});

describe('set-up', () => {
  const base = trainSetup(defaults(PARAMS));

  it('a new model only when the architecture, the context or the seed changes', () => {
    expect(modelKey({ ...base, batch: 8, learningRate: 0.01, totalSteps: 500 })).toBe(modelKey(base));
    for (const change of [{ nLayers: 1 }, { dModel: 64 }, { nHeads: 2 }, { ctx: 16 }, { seed: 2 }]) expect(modelKey({ ...base, ...change })).not.toBe(modelKey(base));
  });

  it('the schedule warms up over 5 % of the run (≤ 100 steps), peaks at lr and ends at 10 % of it', () => {
    const s = scheduleOf(base);
    expect(s).toEqual({ learningRate: 3e-3, warmupSteps: 100, totalSteps: 2000 });
    expect(scheduleOf({ ...base, totalSteps: 300 }).warmupSteps).toBe(15);
    expect(learningRateAt(99, s)).toBeCloseTo(3e-3, 12);
    expect(learningRateAt(2000, s)).toBeCloseTo(3e-4, 12);
  });
});

describe('chart helpers', () => {
  it('appendBounded replaces a point at the same step and thins a long curve, keeping the latest', () => {
    const addPoint = (c: { step: number; loss: number }[], p: { step: number; loss: number }, max?: number) => appendBounded(c, p, (q) => q.step, max);
    let c = addPoint([], { step: 1, loss: 7 });
    c = addPoint(c, { step: 1, loss: 6 });
    expect(c).toEqual([{ step: 1, loss: 6 }]);
    for (let i = 2; i <= 25; i++) c = addPoint(c, { step: i, loss: 1 / i }, 10);
    expect(c.length).toBeLessThanOrEqual(10);
    expect(c[c.length - 1]).toEqual({ step: 25, loss: 1 / 25 });
    expect(c.map((p) => p.step)).toEqual([...c.map((p) => p.step)].sort((a, b) => a - b));
  });

  it('axisTicks gives round steps from 0 to a top at or above the maximum', () => {
    expect(axisTicks(7.2, 4)).toEqual({ step: 2, top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(axisTicks(100, 5)).toEqual({ step: 20, top: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(axisTicks(1234, 5)).toMatchObject({ step: 500, top: 1500 });
    expect(axisTicks(0.03, 3)).toMatchObject({ step: 0.01, top: 0.03 });
  });

  it('niceRange and decadeRange cover the data with round ticks', () => {
    expect(niceRange(-0.3, 1.7, 4)).toEqual({ lo: -0.5, hi: 2, ticks: [-0.5, 0, 0.5, 1, 1.5, 2] });
    expect(niceRange(2, 2).ticks.length).toBeGreaterThan(1);
    expect(decadeRange(0.03, 2)).toEqual({ lo: -2, hi: 1, ticks: [-2, -1, 0, 1] });
    expect(decadeRange(1e-12, 10).ticks.length).toBeLessThanOrEqual(7);
  });
});

describe('StepRate', () => {
  it('measures steps per second over a sliding window', () => {
    const r = new StepRate(1000);
    expect(r.perSecond).toBe(0);
    for (let i = 0; i <= 40; i++) r.mark(i * 100, i * 2); // 20 steps/s
    expect(r.perSecond).toBeCloseTo(20, 6);
    for (let i = 41; i <= 80; i++) r.mark(i * 100, 80 + (i - 40)); // then 10 steps/s
    expect(r.perSecond).toBeCloseTo(10, 6);
    r.clear();
    expect(r.perSecond).toBe(0);
  });
});

describe('the view’s state', () => {
  const ready = trainReducer(initialTrainState, { type: 'ready', backend: 'wasm', label: 'WASM', vocabSize: 1336, trainChars: 70_000, heldOutChars: 7000 });
  const fresh = trainReducer(ready, { type: 'reset', generation: 1, parameters: 1000, numTensors: 50 });

  it('a reset starts the curves and samples afresh and records the tensor baseline', () => {
    expect(fresh).toMatchObject({ generation: 1, step: 0, baselineTensors: 50, tensors: 50, train: [], heldOut: [], samples: [] });
    expect(fresh.ready?.vocabSize).toBe(1336);
  });

  it('folds progress, held-out losses and samples (newest first); drops an older generation’s', () => {
    let s = trainReducer(fresh, { type: 'sample', generation: 1, step: 0, prompt: '模型', text: 'a' });
    s = trainReducer(s, { type: 'progress', generation: 1, step: 5, learningRate: 1e-4, trainLoss: 7, stepsPerSecond: 12, numTensors: 200 });
    s = trainReducer(s, { type: 'heldOut', generation: 1, step: 5, loss: 6.5 });
    s = trainReducer(s, { type: 'sample', generation: 1, step: 100, prompt: '模型', text: 'b' });
    s = trainReducer(s, { type: 'progress', generation: 0, step: 99, learningRate: 1, trainLoss: 1, stepsPerSecond: 1, numTensors: 1 });
    s = trainReducer(s, { type: 'progress', generation: 1, step: 6, learningRate: 2e-4, trainLoss: NaN, stepsPerSecond: 0, numTensors: 200 });
    expect(s).toMatchObject({ step: 6, learningRate: 2e-4, stepsPerSecond: 12, tensors: 200, train: [{ step: 5, loss: 7 }], heldOut: [{ step: 5, loss: 6.5 }] });
    expect(s.samples.map((x) => x.step)).toEqual([100, 0]);
  });
});

describe('numbers for the reader', () => {
  it('writes a learning rate with a true minus in its exponent, a loss with three decimals, a speed with one', () => {
    expect(formatRate(3e-3)).toBe('3.00e\u22123');
    expect(formatRate(0.00977)).toBe('9.77e\u22123');
    expect(formatRate(0.01)).toBe('1.00e\u22122');
    expect(formatLoss(7.19912)).toBe('7.199');
    expect(formatLoss(undefined)).toBe('—');
    expect(formatLoss(NaN)).toBe('—');
    expect(formatSpeed(12.345)).toBe('12.3');
    expect(formatSpeed(null)).toBe('—');
    for (const s of [formatRate(1e-4), formatRate(3e-2)]) expect(s).not.toContain('-');
  });
});
