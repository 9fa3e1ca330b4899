/**
 * The definitions added for issue 11 (cross-entropy, AdamW, δ = p − y, LayerNorm, GELU, SwiGLU):
 * every number their sections print is recomputed here from scratch (plain loops, closed forms,
 * numerical integration, finite differences) and must appear, so formatted, in that section's source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from './helpers/mdx';

/** The MDX source of one section: from its heading to the next heading of the same or higher level. */
function section(slug: string, id: string): string {
  const lines = fs.readFileSync(path.join(CONTENT, `${slug}.mdx`), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && l.includes(`[#${id}]`));
  if (start < 0) throw new Error(`${slug}.mdx has no heading [#${id}]`);
  const level = lines[start].indexOf(' ');
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{2,4} /.test(l) && l.indexOf(' ') <= level);
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

/** A number as the sources write it: fixed decimals, '-' in math (or U+2212 in a table cell). */
const fx = (x: number, digits: number, minus = '-') => x.toFixed(digits).replace(/^-/, minus);
/** A vector as the sources write it in math: `(a,\ b,\ c)`; values exact at `digits` drop trailing zeros. */
const vec = (xs: number[], digits: number) => `(${xs.map((x) => short(x, digits)).join(',\\ ')})`;
/** Like fx, but a value that is exact at that precision drops its trailing zeros (0.5, not 0.5000). */
const short = (x: number, digits: number) => (Math.abs(x - Number(x.toFixed(digits))) < 1e-9 ? String(Number(x.toFixed(digits))) : fx(x, digits));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
function softmax(z: number[]): number[] {
  const e = z.map((v) => Math.exp(v));
  const s = sum(e);
  return e.map((v) => v / s);
}
/** H(y, p) = −Σ y_k ln p_k, terms with y_k = 0 left out. */
function crossEntropy(y: number[], p: number[]): number {
  let h = 0;
  for (let k = 0; k < y.length; k++) if (y[k] > 0) h -= y[k] * Math.log(p[k]);
  return h;
}

describe('cross-entropy H(y, p) (gradient-descent, #gd-cross-entropy)', () => {
  const src = section('gradient-descent', 'gd-cross-entropy');
  const y = [0.5, 0.25, 0.25];
  const p = [0.7, 0.2, 0.1];

  it('prints the terms, H(y, p), H(y), the KL divergence and H(p, y) as computed', () => {
    const terms = y.map((yk, k) => -yk * Math.log(p[k]));
    for (const t of terms) expect(src).toContain(fx(t, 4));
    expect(src).toContain(`= ${fx(crossEntropy(y, p), 4)}`);
    expect(src).toContain(`\\approx ${fx(crossEntropy(y, y), 4)}`);
    expect(src).toContain(`\\approx ${fx(crossEntropy(y, p) - crossEntropy(y, y), 4)}`);
    expect(src).toContain(`H(p, y) \\approx ${fx(crossEntropy(p, y), 4)}`);
    expect(crossEntropy(p, y)).not.toBeCloseTo(crossEntropy(y, p), 2);
  });

  it('KL = H(y, p) − H(y) = Σ y ln(y/p) is never negative (random distributions)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 200; trial++) {
      const a = softmax([rand() * 4, rand() * 4, rand() * 4, rand() * 4]);
      const b = softmax([rand() * 4, rand() * 4, rand() * 4, rand() * 4]);
      expect(crossEntropy(a, b) - crossEntropy(a, a)).toBeGreaterThanOrEqual(-1e-15);
      expect(crossEntropy(a, b) - crossEntropy(a, a)).toBeCloseTo(sum(a.map((ak, k) => ak * Math.log(ak / b[k]))), 12);
    }
  });

  it('a one-hot target gives -ln p; the uniform guess over GPT-2’s vocabulary gives ln 50257', () => {
    expect(crossEntropy([0, 1, 0], [0.7, 0.2, 0.1])).toBeCloseTo(-Math.log(0.2), 12);
    expect(src).toContain(`-\\ln 0.2 \\approx ${fx(-Math.log(0.2), 3)}`);
    const n = 50257;
    expect(crossEntropy([1, ...new Array(n - 1).fill(0)], new Array(n).fill(1 / n))).toBeCloseTo(Math.log(n), 9);
    expect(src).toContain(`\\ln 50257 \\approx ${fx(Math.log(n), 2)}`);
  });
});

/** One step of Adam (bias-corrected, ε) on a vector, from zero moments; weight decay decoupled or as L2. */
function adamFirstStep(theta: number[], grad: number[], o: { alpha: number; wd: number; decoupled: boolean }) {
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  return theta.map((th, i) => {
    const g = o.decoupled ? grad[i] : grad[i] + o.wd * th;
    const m = (1 - b1) * g;
    const s = (1 - b2) * g * g;
    const mh = m / (1 - b1);
    const sh = s / (1 - b2);
    return th - o.alpha * (mh / (Math.sqrt(sh) + eps) + (o.decoupled ? o.wd * th : 0));
  });
}

describe('AdamW (gradient-descent, #gd-adamw)', () => {
  const src = section('gradient-descent', 'gd-adamw');

  it('the worked step: AdamW gives (3.86, 0.89), Adam + L2 is unchanged at (3.9, 0.9)', () => {
    const w = adamFirstStep([4, 1], [4, 10], { alpha: 0.1, wd: 0.1, decoupled: true });
    const l2 = adamFirstStep([4, 1], [4, 10], { alpha: 0.1, wd: 0.1, decoupled: false });
    expect(src).toContain(`= ${vec(w, 2)}`);
    expect(src).toContain(`(${fx(0.1 * 0.1 * 4, 2)},\\ ${fx(0.1 * 0.1 * 1, 2)})`);
    expect(src).toContain(`(${fx(4 + 0.1 * 4, 1)},\\ ${fx(10 + 0.1 * 1, 1)})`);
    expect(src).toContain(`仍是 $${vec(l2, 1)}$`);
    const plain = adamFirstStep([4, 1], [4, 10], { alpha: 0.1, wd: 0, decoupled: true });
    for (let i = 0; i < 2; i++) expect(l2[i]).toBeCloseTo(plain[i], 8);
  });

  it('the exercise: a parameter with zero gradient keeps (1 - αλ)^t of itself', () => {
    let theta = 1;
    for (let t = 0; t < 1e5; t++) theta = adamFirstStep([theta], [0], { alpha: 0.6e-4, wd: 0.1, decoupled: true })[0];
    expect(theta).toBeCloseTo(Math.exp(-0.6), 5);
    expect(src).toContain(`e^{-0.6} \\approx ${fx(theta, 3)}`);
  });
});

describe('softmax with cross-entropy: δ = p − y (backprop, #bp-softmax-ce)', () => {
  const src = section('backprop', 'bp-softmax-ce');
  const loss = (z: number[], y: number[]) => crossEntropy(y, softmax(z));
  const fd = (f: (z: number[]) => number, z: number[], j: number, h: number) => {
    const up = [...z];
    const down = [...z];
    up[j] += h;
    down[j] -= h;
    return (f(up) - f(down)) / (2 * h);
  };

  it('equals the finite-difference gradient for random logits and targets (one-hot and soft)', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 50; trial++) {
      const z = Array.from({ length: 5 }, () => rand() * 6 - 3);
      const y = trial % 2 ? softmax(Array.from({ length: 5 }, () => rand() * 3)) : [0, 0, 0, 0, 0].map((_, k) => (k === trial % 5 ? 1 : 0));
      const p = softmax(z);
      for (let j = 0; j < 5; j++) expect(fd((v) => loss(v, y), z, j, 1e-5)).toBeCloseTo(p[j] - y[j], 7);
    }
  });

  it('prints p, L, δ and the finite differences of the worked example as computed', () => {
    const z = [2, 1, 0];
    const y = [0, 1, 0];
    const p = softmax(z);
    expect(src).toContain(`p \\approx ${vec(p, 4)}`);
    expect(src).toContain(`L = -\\ln ${fx(p[1], 4)} \\approx ${fx(loss(z, y), 4)}`);
    expect(src).toContain(`p - y \\approx ${vec(p.map((v, k) => v - y[k]), 4)}`);
    const up = loss([2, 1.001, 0], y);
    const down = loss([2, 0.999, 0], y);
    expect(src).toContain(`$${fx(up, 6)}$ 和 $${fx(down, 6)}$`);
    expect(src).toContain(`\\approx ${fx((up - down) / 0.002, 4)}`);
  });

  it('the exercise: sigmoid with binary cross-entropy gives a − y', () => {
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    const bce = (v: number, y: number) => -(y * Math.log(sig(v)) + (1 - y) * Math.log(1 - sig(v)));
    for (const v of [-2, -0.3, 0.5, 1.7]) for (const y of [0, 1]) expect(fd((a) => bce(a[0], y), [v], 0, 1e-5)).toBeCloseTo(sig(v) - y, 8);
    expect(src).toContain(`\\sigma(0.5) \\approx ${fx(sig(0.5), 4)}`);
    expect(src).toContain(`\\approx ${fx(sig(0.5), 4)} - 1 = ${fx(sig(0.5) - 1, 4)}`);
  });
});

function layerNorm(x: number[], gamma: number[], b: number[], eps = 1e-5) {
  const mu = sum(x) / x.length;
  const variance = sum(x.map((v) => (v - mu) ** 2)) / x.length;
  return { mu, variance, out: x.map((v, i) => (gamma[i] * (v - mu)) / Math.sqrt(variance + eps) + b[i]) };
}

describe('LayerNorm (attention, #attn-layernorm)', () => {
  const src = section('attention', 'attn-layernorm');
  const x = [1, 2, 3, 6];
  const ones = [1, 1, 1, 1];
  const zeros = [0, 0, 0, 0];

  it('prints μ, σ², the root, the normalised vector, its variance and the scaled output as computed', () => {
    const { mu, variance, out } = layerNorm(x, ones, zeros);
    expect(src).toContain(`\\mu = 12/4 = ${mu}`);
    expect(src).toContain(`= ${variance}$`);
    expect(src).toContain(`\\approx ${fx(Math.sqrt(variance + 1e-5), 6)}`);
    expect(src).toContain(`\\approx ${vec(out, 4)}`);
    expect(Math.abs(sum(out))).toBeLessThan(1e-12);
    expect(src).toContain(`方差约为 $${fx(sum(out.map((v) => v * v)) / 4, 6)}$`);
    const scaled = layerNorm(x, [2, 2, 2, 2], [0.5, 0.5, 0.5, 0.5]).out;
    expect(src).toContain(`输出为 $${vec(scaled, 4)}$`);
  });

  it('the exercise: 10x + 7 gives the same output up to ε', () => {
    const shifted = x.map((v) => 10 * v + 7);
    const a = layerNorm(x, ones, zeros);
    const c = layerNorm(shifted, ones, zeros);
    expect(c.mu).toBe(37);
    expect(c.variance).toBeCloseTo(350, 12);
    for (let i = 0; i < 4; i++) expect(Math.abs(c.out[i] - a.out[i])).toBeLessThan(1e-5);
    expect(src).toContain(`10x + 7 = ${vec(shifted, 0)}`);
  });
});

/** Φ by Simpson's rule on the normal density (independent of any erf series). */
function Phi(x: number): number {
  const pdf = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  const lo = -12;
  const n = 4000;
  const h = (x - lo) / n;
  let s = pdf(lo) + pdf(x);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * pdf(lo + i * h);
  return (s * h) / 3;
}
const gelu = (x: number) => x * Phi(x);

describe('GELU and SwiGLU (attention, #attn-gelu)', () => {
  const src = section('attention', 'attn-gelu');

  it('the table of GELU values is x·Φ(x), and ReLU beside it max(0, x)', () => {
    const xs = [-2, -1, -0.5, 0, 0.5, 1, 2];
    for (const x of xs) {
      const row = `| $${String(x)}$ | ${String(Math.max(0, x))} | ${x === 0 ? '0' : fx(gelu(x), 4, '\u2212')} |`;
      expect(src).toContain(row);
    }
  });

  it('the tanh approximation at 1, the minimum, and the symmetry GELU(x) − GELU(−x) = x', () => {
    const approx = 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (1 + 0.044715)));
    expect(src).toContain(`为 $${fx(approx, 5)}$，与精确值 $${fx(gelu(1), 5)}$`);
    expect(gelu(1) - approx).toBeCloseTo(1.5e-4, 5);
    let best = { x: 0, v: 0 };
    for (let x = -1.5; x < -0.3; x += 1e-3) if (gelu(x) < best.v) best = { x, v: gelu(x) };
    expect(src).toContain(`最小值约为 $${fx(best.v, 3)}$（在 $x \\approx ${fx(best.x, 3)}$ 处）`);
    for (const x of [0.3, 1, 2.5]) expect(gelu(x) - gelu(-x)).toBeCloseTo(x, 9);
  });

  it('Swish(1)·2 and the SwiGLU parameter count 3 · (8/3) d² = 2 · 4 d²', () => {
    const swish = (v: number) => v / (1 + Math.exp(-v));
    expect(src).toContain(`\\sigma(1) \\approx ${fx(swish(1), 4)}`);
    expect(src).toContain(`${fx(swish(1), 4)} \\times 2 \\approx ${fx(2 * swish(1), 4)}`);
    for (const d of [96, 768, 4096]) expect(3 * d * ((2 / 3) * 4 * d)).toBeCloseTo(2 * d * 4 * d, 6);
  });
});
