/**
 * Numbers the revision of issue 11 changed, recomputed here from the inputs the text gives, and
 * found in the chapter as printed. Each recomputation is plain float64 JavaScript, independent of
 * the book's tfjs code; where the text states a rounded figure, the test rounds the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../helpers/mdx';

const chapter = (slug: string) => fs.readFileSync(path.join(CONTENT, `${slug}.mdx`), 'utf8');

/** Exact parameter count of a GPT-2/GPT-3 style decoder: per layer 12d² weights and 13d biases and LayerNorm gains/shifts. */
function gptParameters(layers: number, d: number, vocab: number, positions: number) {
  const weights = 12 * layers * d * d;
  const perLayerSmall = 4 * d /* q,k,v,o biases */ + 4 * d + d /* FFN biases */ + 4 * d; /* two LayerNorms */
  return { weights, embeddings: vocab * d, positions: positions * d, small: layers * perLayerSmall + 2 * d };
}

describe('overview: GPT-3 and GPT-2 parameter counts', () => {
  const g3 = gptParameters(96, 12288, 50257, 2048);
  const estimate = g3.weights + g3.embeddings;
  const exact = estimate + g3.positions + g3.small;

  it('12Ld² + Vd falls 0.25 % short of 175 B; the rest adds about 0.04 B, 174.60 B in all', () => {
    expect(estimate).toBe(174_563_733_504);
    expect(((175e9 - estimate) / 175e9) * 100).toBeCloseTo(0.25, 2);
    expect((exact - estimate) / 1e9).toBeCloseTo(0.04, 2);
    expect((exact / 1e9).toFixed(2)).toBe('174.60');
    const text = chapter('overview');
    expect(text).toContain('只差 0.25%');
    expect(text).toContain('约 0.04 B');
    expect(text).toContain('174.60 B');
  });

  it('GPT-2 (48 layers, d = 1600, 1024 positions) has exactly 1,557,611,200 parameters, farther from 1542M', () => {
    const g2 = gptParameters(48, 1600, 50257, 1024);
    const withPositions = g2.weights + g2.embeddings + g2.positions;
    const exact2 = withPositions + g2.small;
    expect(exact2).toBe(1_557_611_200);
    expect(Math.abs(exact2 - 1542e6)).toBeGreaterThan(Math.abs(withPositions - 1542e6));
    expect(chapter('overview')).toContain('$1{,}557{,}611{,}200$');
  });
});

describe('concepts: tokens per parameter and the inference ratio', () => {
  it('LLaMA-7B: 1 T tokens / 7 B parameters ≈ 143', () => {
    expect(Math.round(1e12 / 7e9)).toBe(143);
    expect(chapter('concepts')).toContain('约为每参数 143 个词元');
  });

  it('reading 350 GB at 5 × 2 TB/s takes 35 ms, 2N FLOPs at 5 × 312 TFLOP/s 0.224 ms: about 160 times', () => {
    const read = 350e9 / (5 * 2e12);
    const compute = 3.5e11 / (5 * 3.12e14);
    expect(read * 1e3).toBeCloseTo(35, 6);
    expect(compute * 1e3).toBeCloseTo(0.224, 3);
    expect(Math.round(read / compute / 10) * 10).toBe(160);
    expect(chapter('concepts')).toContain('两者相差约 160 倍');
  });
});

/** Steps of plain gradient descent on the chapter's 3-point regression until ‖(w, b) − (w*, b*)‖ < 10⁻³. */
function regressionSteps(alpha: number, norm: (u: number, v: number) => number): number {
  const xs = [1, 2, 3];
  const ys = [1, 3, 4];
  const [ws, bs] = [1.5, -1 / 3];
  let [w, b] = [0, 0];
  for (let t = 1; t < 100_000; t++) {
    const r = xs.map((x, i) => w * x + b - ys[i]);
    const gw = (2 / 3) * r.reduce((s, ri, i) => s + ri * xs[i], 0);
    const gb = (2 / 3) * r.reduce((s, ri) => s + ri, 0);
    w -= alpha * gw;
    b -= alpha * gb;
    if (norm(w - ws, b - bs) < 1e-3) return t;
  }
  return Infinity;
}

/** Steps on the bowl L = ½(θ₁² + 10θ₂²) from (4, 1) until ‖θ‖ < 10⁻³; β > 0 is heavy-ball momentum. */
function bowlSteps(alpha: number, beta = 0): number {
  let th = [4, 1];
  let v = [0, 0];
  for (let t = 1; t < 100_000; t++) {
    const g = [th[0], 10 * th[1]];
    v = v.map((vi, i) => beta * vi + g[i]);
    th = th.map((x, i) => x - alpha * v[i]);
    if (Math.hypot(th[0], th[1]) < 1e-3) return t;
  }
  return Infinity;
}

function adamBowlSteps(alpha: number): number {
  let th = [4, 1];
  let m = [0, 0];
  let v = [0, 0];
  for (let t = 1; t < 100_000; t++) {
    const g = [th[0], 10 * th[1]];
    m = m.map((mi, i) => 0.9 * mi + 0.1 * g[i]);
    v = v.map((vi, i) => 0.999 * vi + 0.001 * g[i] ** 2);
    th = th.map((x, i) => x - (alpha * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8));
    if (Math.hypot(th[0], th[1]) < 1e-3) return t;
  }
  return Infinity;
}

describe('gradient-descent: step counts, all with the Euclidean norm', () => {
  const euclid = (u: number, v: number) => Math.hypot(u, v);
  const maxNorm = (u: number, v: number) => Math.max(Math.abs(u), Math.abs(v));

  it('regression: 164 / 2174 / 280 steps (the max-norm would give 162 / 2147 / 277, the old text)', () => {
    expect([0.17, 0.18, 0.1].map((a) => regressionSteps(a, euclid))).toEqual([164, 2174, 280]);
    expect([0.17, 0.18, 0.1].map((a) => regressionSteps(a, maxNorm))).toEqual([162, 2147, 277]);
    expect(regressionSteps(0.19, euclid)).toBe(Infinity);
    const text = chapter('gradient-descent');
    expect(text).toContain('用 164 步收敛');
    expect(text).toContain('需要 2174 步');
    expect(text).toContain('需要 280 步');
  });

  it('the bowl: 52, 66, 42 (α* = 2/11), momentum 19 and 130, Adam 110 steps, as printed', () => {
    expect([bowlSteps(0.15), bowlSteps(0.19), bowlSteps(2 / 11)]).toEqual([52, 66, 42]);
    expect([bowlSteps(0.1, 0.5), bowlSteps(0.15, 0.9)]).toEqual([19, 130]);
    expect(adamBowlSteps(0.1)).toBe(110);
    const text = chapter('gradient-descent');
    for (const s of ['要 52 步', '需要 66 步', '需要 42 步', '只需 19 步', '需要 130 步', '约 110 步']) expect(text).toContain(s);
  });
});

describe('backprop: the gradient check prints relative errors between 10⁻¹² and 10⁻⁹', () => {
  it('the chapter’s Python sample, ported: the smallest error is c’s (≈ 7.2 × 10⁻¹²), the largest below 10⁻⁹', () => {
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const P: Record<string, number> = { w11: 0.5, w12: -0.3, w21: 0.2, w22: 0.8, b1: 0.1, b2: -0.1, v1: 0.7, v2: -0.4, c: 0.2 };
    const [x1, x2, y] = [1, 0.5, 1];
    const forward = (p: Record<string, number>) => {
      const a1 = sigmoid(p.w11 * x1 + p.w12 * x2 + p.b1);
      const a2 = sigmoid(p.w21 * x1 + p.w22 * x2 + p.b2);
      return { a1, a2, yHat: sigmoid(p.v1 * a1 + p.v2 * a2 + p.c) };
    };
    const loss = (p: Record<string, number>) => 0.5 * (forward(p).yHat - y) ** 2;
    const { a1, a2, yHat } = forward(P);
    const du = (yHat - y) * yHat * (1 - yHat);
    const dz1 = P.v1 * du * a1 * (1 - a1);
    const dz2 = P.v2 * du * a2 * (1 - a2);
    const grad: Record<string, number> = { w11: dz1 * x1, w12: dz1 * x2, b1: dz1, w21: dz2 * x1, w22: dz2 * x2, b2: dz2, v1: du * a1, v2: du * a2, c: du };
    const h = 1e-5;
    const rel = Object.fromEntries(
      Object.keys(P).map((k) => {
        const numeric = (loss({ ...P, [k]: P[k] + h }) - loss({ ...P, [k]: P[k] - h })) / (2 * h);
        return [k, Math.abs(grad[k] - numeric) / Math.max(Math.abs(grad[k]), Math.abs(numeric))];
      }),
    );
    const values = Object.values(rel);
    expect(Math.min(...values)).toBe(rel.c);
    expect(rel.c).toBeGreaterThan(1e-12);
    expect(rel.c).toBeLessThan(1e-11);
    expect(Math.max(...values)).toBeLessThan(1e-9);
    expect(chapter('backprop')).toContain('相对误差都在 $10^{-12}$ 到 $10^{-9}$ 之间（例如 $c$ 为 $7.2 \\times 10^{-12}$');
  });

  it('a residual chain with F′ = −0.1 keeps 0.9¹⁰ ≈ 0.349 of the gradient after 10 layers', () => {
    expect(0.9 ** 10).toBeCloseTo(0.349, 3);
    expect(chapter('backprop')).toContain('$0.9^{10} \\approx 0.349$');
  });
});

describe('gpt-bert: the loss of a model that knows only character frequencies', () => {
  it('the unigram entropy of the training corpus (public/models/corpus.json) is 5.64 nats', () => {
    const { train } = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public/models/corpus.json'), 'utf8')) as { train: string };
    const counts = new Map<string, number>();
    const chars = Array.from(train);
    for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let h = 0;
    for (const c of counts.values()) h -= (c / chars.length) * Math.log(c / chars.length);
    expect(h).toBeGreaterThan(5.59);
    expect(h).toBeLessThan(5.69);
    const text = chapter('gpt-bert');
    expect(text).toContain(`单字分布的熵是 ${h.toFixed(2)} nats`);
    expect(text).toContain(`损失降到约 ${h.toFixed(1)} 时`);
  });
});
