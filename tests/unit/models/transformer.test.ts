/** The mini transformer: shapes, the causal mask's guarantee, BERT's two-sidedness, and gradients checked independently. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng, normalArray } from '@/lib/compute/random';
import { batchedAttention, causalBias, scaledDotProductAttention, disposeAttention } from '@/lib/compute/attention/scaled-dot-product';
import { countParameters, parameterShapes } from '@/lib/models/config';
import { classLogits, crossEntropy, disposeParams, forward, gelu, layerNorm, lmLogits, matMul2d } from '@/lib/models/transformer';
import { expectClose, expectNoLeak, tf, useCpu } from '../compute/setup';
import { tinyConfig, tinyParams } from './tiny';

beforeAll(useCpu);

const ids = (rows: number[][]) => tf.tensor2d(rows, [rows.length, rows[0].length], 'int32');

async function logitsOf(causal: boolean, row: number[]): Promise<Float32Array> {
  const config = tinyConfig(causal);
  const params = tinyParams(config);
  const out = tf.tidy(() => lmLogits(params, config, tf.reshape(forward(params, config, ids([row])).hidden, [row.length, config.dModel]) as tf.Tensor2D));
  const data = await out.data<'float32'>();
  out.dispose();
  disposeParams(params);
  return data;
}

describe('forward', () => {
  it('has the shapes of the config, and parameters as counted', async () => {
    const config = tinyConfig(false);
    const params = tinyParams(config);
    expect(Object.values(params).reduce((s, t) => s + t.size, 0)).toBe(countParameters(config));
    expect(Object.keys(params)).toEqual(parameterShapes(config).map(([n]) => n));
    await expectNoLeak(() => {
      const x = ids([[4, 5, 6, 7, 8], [9, 10, 11, 12, 13]]);
      const { hidden, attention } = forward(params, config, x, { attention: true });
      expect(hidden.shape).toEqual([2, 5, 16]);
      expect(attention.map((a) => a.shape)).toEqual([[2, 2, 5, 5], [2, 2, 5, 5]]);
      const lm = tf.tidy(() => lmLogits(params, config, tf.reshape(hidden, [10, 16]) as tf.Tensor2D));
      expect(lm.shape).toEqual([10, config.vocabSize]);
      const cls = classLogits(params, config, hidden);
      expect(cls.shape).toEqual([2, 3]);
      tf.dispose([x, hidden, lm, cls, ...attention]);
    });
    disposeParams(params);
  });

  it('refuses an input longer than the context', () => {
    const config = tinyConfig(true);
    const params = tinyParams(config);
    const x = ids([Array.from({ length: 17 }, () => 4)]);
    expect(() => forward(params, config, x)).toThrow(/longer than the context of 16/);
    x.dispose();
    disposeParams(params);
  });

  it('GPT: changing a later token never changes the logits of earlier positions', async () => {
    const V = tinyConfig(true).vocabSize;
    const a = [4, 9, 12, 5, 7, 20, 8, 11];
    for (const j of [1, 4, 7]) {
      const b = [...a];
      b[j] = 4 + ((a[j] + 3) % (V - 4));
      const [la, lb] = await Promise.all([logitsOf(true, a), logitsOf(true, b)]);
      expectClose(la.subarray(0, j * V), lb.subarray(0, j * V), 0); // bit for bit
      expect(Math.max(...la.subarray(j * V).map((v, i) => Math.abs(v - lb[j * V + i])))).toBeGreaterThan(1e-4);
    }
  });

  it('BERT: changing the last token changes the first position too (it sees both sides)', async () => {
    const V = tinyConfig(false).vocabSize;
    const a = [2, 9, 12, 5, 7, 20, 8, 11];
    const b = [...a];
    b[7] = 13;
    const [la, lb] = await Promise.all([logitsOf(false, a), logitsOf(false, b)]);
    const diffFirst = Math.max(...la.subarray(V, 2 * V).map((v, i) => Math.abs(v - lb[V + i])));
    expect(diffFirst).toBeGreaterThan(1e-4);
  });

  it('GPT attention weights are exactly 0 above the diagonal, positive elsewhere, and rows sum to 1', async () => {
    const config = tinyConfig(true);
    const params = tinyParams(config);
    const x = ids([[4, 5, 6, 7, 8, 9]]);
    const { hidden, attention } = forward(params, config, x, { attention: true });
    const w = await attention[1].data();
    for (let h = 0; h < 2; h++)
      for (let i = 0; i < 6; i++) {
        let row = 0;
        for (let j = 0; j < 6; j++) {
          const v = w[h * 36 + i * 6 + j];
          expect(v === 0, `head ${h} (${i}, ${j})`).toBe(j > i); // masked above the diagonal, positive on and below
          row += v;
        }
        expect(row).toBeCloseTo(1, 5);
      }
    tf.dispose([x, hidden, ...attention]);
    disposeParams(params);
  });

  it('oneHot·E and gather give the same hidden states', async () => {
    const config = tinyConfig(true);
    const params = tinyParams(config);
    const x = ids([[4, 15, 6, 22, 8]]);
    const a = forward(params, config, x).hidden;
    const b = forward(params, config, x, { oneHotEmbedding: true }).hidden;
    expectClose(await a.data(), await b.data(), 1e-6);
    tf.dispose([x, a, b]);
    disposeParams(params);
  });

  it('dropout (training only): rate 0 changes nothing; a seed gives the same drops; another seed others', async () => {
    const config = tinyConfig(true);
    const params = tinyParams(config);
    const x = ids([[4, 15, 6, 22, 8]]);
    const plain = forward(params, config, x).hidden;
    const none = forward(params, config, x, { dropout: { rate: 0, seed: 3 } }).hidden;
    const a = forward(params, config, x, { dropout: { rate: 0.5, seed: 3 } }).hidden;
    const again = forward(params, config, x, { dropout: { rate: 0.5, seed: 3 } }).hidden;
    const other = forward(params, config, x, { dropout: { rate: 0.5, seed: 4 } }).hidden;
    expectClose(await none.data(), await plain.data(), 0);
    expectClose(await again.data(), await a.data(), 0);
    const differ = (u: ArrayLike<number>, v: ArrayLike<number>) => Array.from(u).some((value, i) => Math.abs(value - v[i]) > 1e-3);
    expect(differ(await a.data(), await plain.data())).toBe(true);
    expect(differ(await other.data(), await a.data())).toBe(true);
    tf.dispose([x, plain, none, a, again, other]);
    disposeParams(params);
  });

  it('mean pooling: the head reads tanh(mean of every position’s state), as computed by hand', async () => {
    const config = tinyConfig(false, { pooling: 'mean' });
    const params = tinyParams(config, 5);
    const x = ids([[2, 15, 6, 22, 8, 9]]);
    const hidden = forward(params, config, x).hidden;
    const logits = classLogits(params, config, hidden);
    const h = (await hidden.array())[0];
    const w = (await params['cls.w'].array()) as number[][];
    const b = Array.from(await params['cls.b'].data());
    const d = config.dModel;
    const pooled = Array.from({ length: d }, (_, j) => Math.tanh(h.reduce((sum, row) => sum + row[j], 0) / h.length));
    const expected = b.map((bias, k) => bias + pooled.reduce((sum, v, j) => sum + v * w[j][k], 0));
    expectClose(await logits.data(), expected, 1e-5);
    const cls = classLogits(params, { ...config, pooling: 'cls' }, hidden);
    expect(Math.abs((await cls.data())[0] - (await logits.data())[0])).toBeGreaterThan(1e-6);
    tf.dispose([x, hidden, logits, cls]);
    disposeParams(params);
  });
});

describe('building blocks against plain JavaScript', () => {
  it('layerNorm and gelu', async () => {
    const rng = createRng(3);
    const xs = Array.from(normalArray(rng, 12, 2));
    const g = [1.5, 0.5, 2, 1];
    const b = [0.1, -0.2, 0, 0.3];
    const got = tf.tidy(() => layerNorm(tf.tensor2d(xs, [3, 4]), tf.tensor1d(g), tf.tensor1d(b)));
    const want: number[] = [];
    for (let r = 0; r < 3; r++) {
      const row = xs.slice(r * 4, r * 4 + 4);
      const mean = row.reduce((s, v) => s + v, 0) / 4;
      const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / 4;
      row.forEach((v, i) => want.push(((v - mean) / Math.sqrt(variance + 1e-5)) * g[i] + b[i]));
    }
    expectClose(await got.data(), want, 1e-5);
    const ge = tf.tidy(() => gelu(tf.tensor1d(xs)));
    expectClose(await ge.data(), xs.map((x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))), 1e-5);
    tf.dispose([got, ge]);
  });

  it('batched attention equals the compute core’s attention, head by head, with the causal mask', async () => {
    const rng = createRng(5);
    const [B, H, T, dk] = [2, 3, 5, 4];
    const q = tf.tensor4d(normalArray(rng, B * H * T * dk), [B, H, T, dk]);
    const k = tf.tensor4d(normalArray(rng, B * H * T * dk), [B, H, T, dk]);
    const v = tf.tensor4d(normalArray(rng, B * H * T * dk), [B, H, T, dk]);
    const bias = causalBias(T);
    const got = batchedAttention(q, k, v, bias);
    for (let b = 0; b < B; b++)
      for (let h = 0; h < H; h++) {
        const slice = (t: tf.Tensor4D) => tf.reshape(tf.slice(t, [b, h, 0, 0], [1, 1, T, dk]), [T, dk]) as tf.Tensor2D;
        const ref = scaledDotProductAttention(slice(q), slice(k), slice(v), { causal: true });
        const w = tf.reshape(tf.slice(got.weights, [b, h, 0, 0], [1, 1, T, T]), [T, T]);
        const o = tf.reshape(tf.slice(got.output, [b, h, 0, 0], [1, 1, T, dk]), [T, dk]);
        expectClose(await w.data(), await ref.weights.data(), 1e-6);
        expectClose(await o.data(), await ref.output.data(), 1e-6);
        disposeAttention(ref);
      }
    tf.dispose([q, k, v, bias, got.weights, got.output]);
  });

  it('matMul2d has the gradients of matMul', async () => {
    const rng = createRng(9);
    const a = tf.tensor2d(normalArray(rng, 12), [3, 4]);
    const b = tf.tensor2d(normalArray(rng, 8), [4, 2]);
    const w = tf.tensor2d(normalArray(rng, 6), [3, 2]);
    const f = (mm: typeof tf.matMul) => tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(mm(x as tf.Tensor2D, y as tf.Tensor2D), w)));
    const [ga, gb] = f(matMul2d as typeof tf.matMul)([a, b]);
    const [ra, rb] = f(tf.matMul)([a, b]);
    expectClose(await ga.data(), await ra.data(), 1e-6);
    expectClose(await gb.data(), await rb.data(), 1e-6);
    tf.dispose([a, b, w, ga, gb, ra, rb]);
  });
});

describe('gradient of the whole model', () => {
  it('matches central finite differences (float64-free check in float32, on a few parameters)', async () => {
    const config = tinyConfig(true, { dModel: 8, nHeads: 2, dFF: 16, ctx: 6 });
    const params = tinyParams(config, 4);
    // larger weights so every part of the network matters to the loss
    for (const [name, t] of Object.entries(params)) if (t.rank === 2) params[name] = tf.mul(t, tf.scalar(20));
    const x = ids([[4, 9, 12, 5, 7, 8]]);
    const y = tf.tensor1d([9, 12, 5, 7, 8, 4], 'int32');
    const loss = (p: Record<string, tf.Tensor>) =>
      crossEntropy(lmLogits(p, config, tf.reshape(forward(p, config, x, { oneHotEmbedding: true }).hidden, [6, 8]) as tf.Tensor2D), y);
    const names = ['h0.attn.wq', 'h1.mlp.w1', 'h0.ln1.g', 'tok_emb', 'pos_emb', 'h1.attn.wo'];
    const g = tf.grads((...ts: tf.Tensor[]) => loss({ ...params, ...Object.fromEntries(names.map((n, i) => [n, ts[i]])) }))(names.map((n) => params[n]));
    for (const [i, name] of names.entries()) {
      const flat = await params[name].data();
      const grad = await g[i].data();
      for (const at of [0, 5, flat.length - 1]) {
        const eps = 1e-2;
        const at1 = Float32Array.from(flat);
        const at2 = Float32Array.from(flat);
        at1[at] += eps;
        at2[at] -= eps;
        const l1 = tf.tidy(() => loss({ ...params, [name]: tf.tensor(at1, params[name].shape) }).dataSync()[0]);
        const l2 = tf.tidy(() => loss({ ...params, [name]: tf.tensor(at2, params[name].shape) }).dataSync()[0]);
        const fd = (l1 - l2) / (2 * eps);
        expect(Math.abs(fd - grad[at]), `${name}[${at}]: finite difference ${fd}, gradient ${grad[at]}`).toBeLessThan(2e-3 + 0.03 * Math.abs(fd));
      }
    }
    tf.dispose([x, y, ...g]);
    disposeParams(params);
  });
});
