/** One run of the explorer against plain-JS loops, and no tensor left behind. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as M from '@/lib/compute/maths';
import { computeAttention } from '@/lib/demos/attention/compute';
import { inputMatrices } from '@/lib/demos/attention/embed';
import { mean } from '@/lib/demos/attention/format';
import { tokenize } from '@/lib/demos/attention/tokens';
import { expectClose, matmul, softmaxRow, tf, transpose, useCpu, type Mat } from '../../compute/setup';

beforeAll(useCpu);

const tokens = tokenize('小猫坐在垫子上').tokens;
const entropy = (row: number[]) => -row.reduce((s, p) => s + (p > 0 ? p * Math.log(p) : 0), 0);

describe('computeAttention', () => {
  for (const [heads, causal, scale] of [[1, false, true], [2, true, true], [3, true, false]] as const) {
    it(`matches naive loops (heads ${heads}, causal ${causal}, scale ${scale}) and leaks nothing`, async () => {
      const dk = 4;
      const before = tf.memory().numTensors;
      const run = await computeAttention({ tokens, dk, heads, causal, scale, seed: 7 });
      expect(tf.memory().numTensors).toBe(before);

      // The same projections, drawn from the same seed.
      const mha = new M.MultiHeadAttention({ dModel: dk * heads, numHeads: heads }, M.createRng(7));
      const [wq, wk, wv] = (await Promise.all([mha.wq, mha.wk, mha.wv].map((w) => w.array()))) as Mat[];
      mha.dispose();
      const x = inputMatrices(tokens, dk * heads).x;
      expectClose(run.x.flat(), x.flat(), 1e-6);
      const [q, k, v] = [wq, wk, wv].map((w) => matmul(x, w));
      expect(run.perHead).toHaveLength(heads);
      run.perHead.forEach((h, i) => {
        const cols = (m: Mat) => m.map((r) => r.slice(i * dk, (i + 1) * dk));
        const scores = matmul(cols(q), transpose(cols(k)));
        const scaled = scores.map((r) => r.map((s) => (scale ? s / Math.sqrt(dk) : s)));
        const masked = scaled.map((r, a) => r.map((s, b) => (causal && b > a ? -1e9 : s)));
        const weights = masked.map(softmaxRow);
        expectClose(h.q.flat(), cols(q).flat(), 1e-4);
        expectClose(h.scores.flat(), scores.flat(), 1e-4);
        expectClose(h.scaled.flat(), scaled.flat(), 1e-4);
        expectClose(h.weights.flat(), weights.flat(), 1e-5);
        expectClose(h.output.flat(), matmul(weights, cols(v)).flat(), 1e-4);
        expectClose(h.entropy, weights.map(entropy), 1e-4);
        h.weights.forEach((row) => expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 5));
        if (causal) expect(h.weights[0].slice(1).every((p) => p === 0)).toBe(true);
        expect(scale ? h.withScale.weights : h.withoutScale.weights).toEqual(h.weights);
      });
      expect(run.output).toHaveLength(tokens.length);
      expect(run.output[0]).toHaveLength(dk * heads);
    });
  }

  it('is deterministic, and unscaled scores saturate softmax as d_k grows', async () => {
    const a = await computeAttention({ tokens, dk: 64, heads: 1, causal: false, scale: true, seed: 1 });
    const b = await computeAttention({ tokens, dk: 64, heads: 1, causal: false, scale: true, seed: 1 });
    expect(a.perHead[0].weights).toEqual(b.perHead[0].weights);
    const h = a.perHead[0];
    expect(mean(h.withoutScale.entropy)).toBeLessThan(mean(h.withScale.entropy) / 2);
  });

  it('leaves no tensor behind over many runs (every setting)', async () => {
    const before = tf.memory().numTensors;
    const words = tokenize('The cat sat on the mat because it was tired and the sun was warm today !').tokens;
    expect(words).toHaveLength(16);
    for (let i = 0; i < 64; i++) {
      await computeAttention({ tokens: words.slice(0, 1 + (i % 16)), dk: 2 + (i % 7) * 5, heads: 1 + (i % 4), causal: i % 2 === 0, scale: i % 3 !== 0, seed: i });
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses an empty sentence without leaking', async () => {
    const before = tf.memory().numTensors;
    await expect(computeAttention({ tokens: [], dk: 4, heads: 1, causal: false, scale: true, seed: 1 })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});
