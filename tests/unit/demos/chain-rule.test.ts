import { describe, expect, it } from 'vitest';
import { decode, defaults, encode } from '@/lib/demos/params';
import {
  PARAMS,
  PARAM_NAMES,
  STEP_COUNT,
  backward,
  buildSteps,
  finiteDifferences,
  forward,
  maxAbsDifference,
  split,
} from '@/lib/demos/chain-rule/params';
import { autodiffGradients } from '@/lib/demos/chain-rule/autodiff';
import { tf, useCpu } from '../compute/setup';

const { params, sample } = split(defaults(PARAMS));
const r6 = (v: number) => Number(v.toFixed(6));

describe('chain-rule maths: the chapter’s worked example (#bp-worked-example)', () => {
  it('forward pass to six decimals', () => {
    const f = forward(params, sample);
    expect([f.z1, f.z2, f.a1, f.a2, f.u, f.yHat, f.loss].map(r6)).toEqual([0.45, 0.5, 0.610639, 0.622459, 0.378464, 0.593503, 0.08262]);
  });

  it('backward pass to six decimals', () => {
    const b = backward(params, sample);
    expect([b.dYHat, b.dsU, b.deltaU, b.dA1, b.dA2, b.dsZ1, b.dsZ2, b.delta1, b.delta2].map(r6)).toEqual([
      -0.406497, 0.241257, -0.09807, -0.068649, 0.039228, 0.237759, 0.235004, -0.016322, 0.009219,
    ]);
    const g = b.grads;
    expect(PARAM_NAMES.map((n) => r6(g[n]))).toEqual([-0.016322, -0.008161, -0.016322, 0.009219, 0.004609, 0.009219, -0.059886, -0.061045, -0.09807]);
  });

  it('one step of gradient descent with α = 0.5 gives the chapter’s numbers', () => {
    const g = backward(params, sample).grads;
    const next = { ...params };
    for (const n of PARAM_NAMES) next[n] -= 0.5 * g[n];
    expect(r6(next.v1)).toBe(0.729943);
    const f = forward(next, sample);
    expect(r6(f.yHat)).toBe(0.615115);
    expect(r6(f.loss)).toBe(0.074068);
  });

  it('agrees with central finite differences (relative error < 1e-7) at the default and at random points', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
    const points = [{ params, sample }, ...Array.from({ length: 20 }, () => {
      const p = { ...params };
      for (const n of PARAM_NAMES) p[n] = rnd();
      return { params: p, sample: { x1: rnd(), x2: rnd(), y: Math.abs(rnd()) / 2 } };
    })];
    for (const pt of points) {
      const bp = backward(pt.params, pt.sample).grads;
      const fd = finiteDifferences(pt.params, pt.sample);
      for (const n of PARAM_NAMES) {
        const rel = Math.abs(bp[n] - fd[n]) / Math.max(Math.abs(bp[n]), Math.abs(fd[n]), 1e-8);
        expect(rel, n).toBeLessThan(1e-6);
      }
    }
  });

  it('each ∂L/∂w step is the product of its chain, and the steps cover every parameter', () => {
    const steps = buildSteps(params, sample);
    expect(steps).toHaveLength(STEP_COUNT);
    expect(steps.slice(0, 7).every((s) => s.phase === 'forward')).toBe(true);
    for (const s of steps.filter((st) => st.chain.length > 0)) {
      const prod = s.chain.reduce((a, c) => a * c.value, 1);
      expect(Math.abs(prod - s.value), s.symbol).toBeLessThan(1e-15);
    }
    expect(new Set(steps.map((s) => s.param).filter(Boolean))).toEqual(new Set(PARAM_NAMES));
    const w11 = steps.find((s) => s.param === 'w11')!;
    expect(w11.chain.map((c) => r6(c.value))).toEqual([-0.406497, 0.241257, 0.7, 0.237759, 1]);
    expect(w11.formula).toContain('(−0.406497) × 0.241257 × 0.700000 × 0.237759 × 1.000000');
  });
});

describe('tfjs autodiff agrees with the hand-applied chain rule', () => {
  it('max |difference| below float32 precision, no tensors left', async () => {
    await useCpu();
    const before = tf.memory().numTensors;
    const auto = await autodiffGradients(tf, params, sample);
    expect(tf.memory().numTensors).toBe(before);
    expect(maxAbsDifference(auto, backward(params, sample).grads)).toBeLessThan(1e-6);
  });

  it('leaks nothing over 1,000 calls with changing numbers', async () => {
    await useCpu();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) {
      const p = { ...params, w11: -2 + i / 250, v2: Math.sin(i) };
      const auto = await autodiffGradients(tf, p, sample);
      if (i % 100 === 0) expect(maxAbsDifference(auto, backward(p, sample).grads)).toBeLessThan(1e-6);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('chain-rule parameter table', () => {
  it('defaults are valid and the URL round-trips', () => {
    const d = defaults(PARAMS);
    expect(decode(PARAMS, '', 'cr')).toEqual({ values: d, notices: [] });
    const v = { ...d, w11: -1.5, x2: 2, y: 0.25, step: 13 };
    const q = encode(PARAMS, v, 'cr', '?other=1');
    expect(q).toContain('cr.w11=-1.5');
    expect(q).toContain('other=1');
    expect(decode(PARAMS, q, 'cr')).toEqual({ values: v, notices: [] });
  });

  it('clamps garbage and notices unknown keys', () => {
    const { values, notices } = decode(PARAMS, '?cr.w11=abc&cr.v1=1e9&cr.step=99&cr.zzz=1', 'cr');
    expect(values.w11).toBe(0.5);
    expect(values.v1).toBe(5);
    expect(values.step).toBe(STEP_COUNT);
    expect(notices).toHaveLength(4);
    expect(notices.join()).toContain('cr.zzz');
  });
});
