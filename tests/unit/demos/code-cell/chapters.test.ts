/**
 * The code cells of chapters 3–5 (lib/demos/code-cell/presets.ts) run in Node (cpu backend) and
 * print what plain-number loops compute independently: a gradient step on a quadratic bowl, a
 * 2-2-1 network's backward pass, scaled dot-product attention with the causal mask.
 */
import { describe, expect, it } from 'vitest';
import type { OutItem } from '@/lib/demos/code-cell/protocol';
import { ATTENTION_CODE, BACKPROP_CODE, GD_STEP_CODE } from '@/lib/demos/code-cell/presets';
import { CODE_MAX } from '@/lib/demos/code-cell/params';
import { tf } from '../../compute/setup';
import { runInNode, setUpCells } from './harness';

setUpCells();

/** Runs a chapter's cell: it succeeds and frees every tensor it made. */
async function run(code: string) {
  const before = tf.memory().numTensors;
  const { items, result } = await runInNode(code);
  expect(result).toMatchObject({ ok: true });
  expect(tf.memory().numTensors).toBe(before);
  return items;
}

const num = (s: string) => Number(s.replaceAll('\u2212', '-'));
/** Every number in a printed line, in order (not the shapes print adds: 「（形状 [2]）」). */
const numbersIn = (item: OutItem) => {
  if (item.kind !== 'text') throw new Error(`expected text, got ${item.kind}`);
  return [...item.text.replace(/（形状 \[[^\]]*\]）/g, '').replaceAll('\u2212', '-').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
};
const tableOf = (item: OutItem) => {
  if (item.kind !== 'table') throw new Error(`expected a table, got ${item.kind}`);
  return item.rows.map((r) => r.map(num));
};

it('every chapter cell fits in a link', () => {
  for (const code of [GD_STEP_CODE, BACKPROP_CODE, ATTENTION_CODE]) expect(code.length).toBeLessThanOrEqual(CODE_MAX);
});

describe('chapter 3: one gradient step', () => {
  it('prints L = 19, ∇L = (−6, 20), then w = (0.3, −1), L = 7.29, and 30 more steps as loops give them', async () => {
    const items = await run(GD_STEP_CODE);
    const L = (w: number[]) => (w[0] - 3) ** 2 + 10 * (w[1] + 1) ** 2;
    const grad = (w: number[]) => [2 * (w[0] - 3), 20 * (w[1] + 1)];
    let w = [0, 0];
    const step = () => {
      const g = grad(w);
      w = [w[0] - 0.05 * g[0], w[1] - 0.05 * g[1]];
    };
    expect(numbersIn(items[0])).toEqual([19, -6, 20]);
    step();
    const [w1, w2, loss] = numbersIn(items[1]);
    expect([w1, w2]).toEqual([expect.closeTo(w[0], 5), expect.closeTo(w[1], 5)]);
    expect(loss).toBeCloseTo(L(w), 4);
    expect(loss).toBeCloseTo(7.29, 4);
    const history: number[] = [];
    for (let i = 0; i < 30; i++) {
      step();
      history.push(L(w));
    }
    const plot = items[2];
    expect(plot.kind).toBe('plot');
    const ys = plot.kind === 'plot' ? plot.series[0].ys : [];
    expect(ys).toHaveLength(30);
    ys.forEach((v, i) => expect(v).toBeCloseTo(history[i], 4));
    // Along w₁ the error shrinks by 0.9 a step: after 31 steps w₁ = 3 − 3·0.9³¹.
    expect(numbersIn(items[3]).slice(-2)).toEqual([expect.closeTo(3 - 3 * 0.9 ** 31, 4), expect.closeTo(-1, 5)]);
  });
});

describe('chapter 4: a backward pass', () => {
  it('the chain rule by hand and tf.grads agree, and both equal a plain-number computation', async () => {
    const items = await run(BACKPROP_CODE);
    const x = [1, 2];
    const y = 1;
    const W1 = [
      [0.5, -0.3],
      [0.2, 0.4],
    ];
    const b1 = [0, 0.1];
    const w2 = [0.7, -0.6];
    const b2 = 0.05;
    const z = W1.map((row, i) => row[0] * x[0] + row[1] * x[1] + b1[i]);
    const h = z.map(Math.tanh);
    const yHat = h[0] * w2[0] + h[1] * w2[1] + b2;
    const dYhat = 2 * (yHat - y);
    const dw2 = h.map((hi) => hi * dYhat);
    const dz = h.map((hi, i) => dYhat * w2[i] * (1 - hi * hi));
    const dW1 = dz.map((d) => x.map((xj) => d * xj));
    const forward = numbersIn(items[0]);
    // "z = [a, b] h = [c, d] ŷ = e L = f"
    [z[0], z[1], h[0], h[1], yHat, (yHat - y) ** 2].forEach((v, i) => expect(forward[i]).toBeCloseTo(v, 4));
    const byHand = numbersIn(items[1]);
    // "手算 ∂L/∂w₂ = [..] ∂L/∂b₁ = [..]": the subscripts ₂ ₁ are not ASCII digits, so only the values are read.
    [...dw2, ...dz].forEach((v, i) => expect(byHand[i]).toBeCloseTo(v, 4));
    tableOf(items[2]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(dW1[i][j], 4)));
    const auto = numbersIn(items[3]);
    [...dw2, ...dz].forEach((v, i) => expect(auto[i]).toBeCloseTo(v, 4));
    expect(numbersIn(items[4])[0]).toBeLessThan(1e-6);
  });
});

describe('chapter 5: scaled dot-product attention', () => {
  it('scores, causal softmax weights (rows sum to 1) and output as loops give them', async () => {
    const items = await run(ATTENTION_CODE);
    const X = [
      [1, 0, 1, 0],
      [0, 2, 0, 1],
      [1, 1, 0, 1],
    ];
    const mm = (A: number[][], B: number[][]) => A.map((r) => B[0].map((_, j) => r.reduce((s, a, k) => s + a * B[k][j], 0)));
    const Wq = [[1, 0], [0, 1], [1, 1], [0, -1]];
    const Wk = [[0, 1], [1, 0], [1, -1], [0, 1]];
    const Wv = [[1, 2], [0, 1], [-1, 0], [2, 1]];
    const Q = mm(X, Wq);
    const K = mm(X, Wk);
    const V = mm(X, Wv);
    const scores = Q.map((q) => K.map((k) => (q[0] * k[0] + q[1] * k[1]) / Math.SQRT2));
    const A = scores.map((row, i) => {
      const seen = row.slice(0, i + 1);
      const m = Math.max(...seen);
      const e = row.map((s, j) => (j <= i ? Math.exp(s - m) : 0));
      const sum = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / sum);
    });
    const out = mm(A, V);
    tableOf(items[0]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(scores[i][j], 3)));
    tableOf(items[1]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(A[i][j], 3)));
    expect(tableOf(items[1])[0]).toEqual([1, 0, 0]);
    numbersIn(items[2]).forEach((s) => expect(s).toBeCloseTo(1, 5));
    tableOf(items[3]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(out[i][j], 3)));
  });
});
