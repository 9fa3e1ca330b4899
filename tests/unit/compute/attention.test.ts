import { beforeAll, describe, expect, it } from 'vitest';
import {
  MASK_VALUE, MultiHeadAttention, createRng, disposeAttention, disposeMultiHead, rowEntropy, scaledDotProductAttention,
} from '@/lib/compute/maths';
import { expectClose, flat, matmul, randMat, softmaxRow, tf, transpose, useCpu, type Mat } from './setup';

beforeAll(useCpu);

function naiveAttention(q: Mat, k: Mat, v: Mat, causal: boolean, scale = true) {
  const dk = q[0].length;
  const scores = matmul(q, transpose(k));
  const scaled = scores.map((r) => r.map((s) => (scale ? s / Math.sqrt(dk) : s)));
  const masked = scaled.map((r, i) => r.map((s, j) => (causal && j > i ? MASK_VALUE : s)));
  const weights = masked.map(softmaxRow);
  return { scores, scaled, masked, weights, output: matmul(weights, v) };
}

const entropy = (row: number[]) => -row.reduce((s, p) => s + (p > 0 ? p * Math.log(p) : 0), 0);

describe('scaled dot-product attention', () => {
  for (const causal of [false, true]) {
    it(`returns scores, scaled, masked, weights, output equal to naive loops (causal: ${causal})`, async () => {
      const rng = createRng(causal ? 1 : 2);
      const rnd = () => rng.next();
      const [n, dk, dv] = [5, 8, 3];
      const q = randMat(rnd, n, dk, 2);
      const k = randMat(rnd, n, dk, 2);
      const v = randMat(rnd, n, dv);
      const [Q, K, V] = [tf.tensor2d(q), tf.tensor2d(k), tf.tensor2d(v)];
      const before = tf.memory().numTensors;
      const r = scaledDotProductAttention(Q, K, V, { causal });
      expect(tf.memory().numTensors).toBe(before + 5);
      const ref = naiveAttention(q, k, v, causal);
      for (const key of ['scores', 'scaled', 'masked', 'weights', 'output'] as const) {
        expectClose(await r[key].data(), flat(ref[key]), key === 'masked' ? 1 : 1e-5);
      }
      const w = (await r.weights.array()) as Mat;
      for (const row of w) expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
      // above the diagonal: exactly 0 with the causal mask, and never 0 without it (softmax is positive)
      const above = w.flatMap((row, i) => row.filter((_, j) => j > i));
      expect(above).toHaveLength((n * (n - 1)) / 2);
      expect(above.map((x) => x === 0)).toEqual(above.map(() => causal));
      disposeAttention(r);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([Q, K, V]);
    });
  }

  it('rejects mismatched shapes', () => {
    const a = tf.zeros([3, 4]) as tf.Tensor2D;
    const b = tf.zeros([3, 5]) as tf.Tensor2D;
    const c = tf.zeros([2, 4]) as tf.Tensor2D;
    expect(() => scaledDotProductAttention(a, b, a)).toThrow(/d_k/);
    expect(() => scaledDotProductAttention(a, a, c)).toThrow(/rows/);
    expect(() => scaledDotProductAttention(c, a, a, { causal: true })).toThrow(/causal/);
    tf.dispose([a, b, c]);
  });

  it('rowEntropy equals −Σp ln p; uniform rows give ln m; scaling by √d_k keeps rows less peaked', async () => {
    const p = tf.tensor2d([[0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0], [0.7, 0.2, 0.1, 0]]);
    const e = rowEntropy(p);
    expectClose(await e.data(), [Math.log(4), 0, entropy([0.7, 0.2, 0.1, 0])], 1e-6);
    tf.dispose([p, e]);

    const rng = createRng(3);
    const dk = 64;
    const Q = tf.tensor2d(randMat(() => rng.normal(), 16, dk));
    const K = tf.tensor2d(randMat(() => rng.normal(), 16, dk));
    const scaled = scaledDotProductAttention(Q, K, K);
    const raw = scaledDotProductAttention(Q, K, K, { scale: false });
    const [es, er] = [rowEntropy(scaled.weights), rowEntropy(raw.weights)];
    const mean = async (t: tf.Tensor) => Array.from(await t.data()).reduce((s, x) => s + x, 0) / t.size;
    const [ms, mr] = [await mean(es), await mean(er)];
    expect(ms).toBeGreaterThan(mr + 0.5);
    expect(mr).toBeLessThan(0.5);
    expect(ms).toBeLessThanOrEqual(Math.log(16));
    const naiveRaw = naiveAttention(await Q.array() as Mat, await K.array() as Mat, await K.array() as Mat, false, false);
    expect(mr).toBeCloseTo(naiveRaw.weights.map(entropy).reduce((s, x) => s + x, 0) / 16, 3);
    disposeAttention(scaled);
    disposeAttention(raw);
    tf.dispose([Q, K, es, er]);
  });
});

describe('multi-head attention', () => {
  it('projects, splits into heads, attends, concatenates and projects back, as naive loops do', async () => {
    const mha = new MultiHeadAttention({ dModel: 8, numHeads: 2 }, createRng(4));
    const rng = createRng(5);
    const x = randMat(() => rng.normal(), 6, 8);
    const X = tf.tensor2d(x);
    const before = tf.memory().numTensors;
    const r = mha.forward(X, { causal: true });
    const [wq, wk, wv, wo] = await Promise.all([mha.wq, mha.wk, mha.wv, mha.wo].map(async (w) => (await w.array()) as Mat));
    const [q, k, v] = [matmul(x, wq), matmul(x, wk), matmul(x, wv)];
    const cols = (m: Mat, h: number) => m.map((row) => row.slice(h * 4, h * 4 + 4));
    const heads = [0, 1].map((h) => naiveAttention(cols(q, h), cols(k, h), cols(v, h), true));
    const concat = heads[0].output.map((row, i) => [...row, ...heads[1].output[i]]);
    expectClose(await r.q.data(), flat(q), 1e-5);
    for (let h = 0; h < 2; h++) expectClose(await r.heads[h].weights.data(), flat(heads[h].weights), 1e-5);
    expectClose(await r.concat.data(), flat(concat), 1e-5);
    expectClose(await r.output.data(), flat(matmul(concat, wo)), 1e-5);
    disposeMultiHead(r);
    expect(tf.memory().numTensors).toBe(before);
    mha.dispose();
    X.dispose();
    expect(() => new MultiHeadAttention({ dModel: 10, numHeads: 3 }, createRng(1))).toThrow(/divisible/);
  });
});
