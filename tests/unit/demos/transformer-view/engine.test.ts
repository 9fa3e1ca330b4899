/**
 * The whole-transformer view's engine on the shipped mini GPT (tfjs cpu): every stage equals a
 * plain-JavaScript forward pass written with loops (LayerNorm, matrix products, masked softmax, the
 * tanh form of GELU) to 1e-4; the logits equal forward + lmLogits; nothing leaks. The weights are
 * read from public/models/ as shipped, so nothing here depends on their values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, expectNoLeak, tf, useCpu } from '../../compute/setup';
import { loadShippedModel } from '../../../models/shipped';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { forward, lmLogits } from '@/lib/models/transformer';
import { nextToken } from '@/lib/models/gpt';
import { chooseToken, softmaxT, topPFilter } from '@/lib/models/sampling';
import { createRng } from '@/lib/compute/random';
import { BANNED, maxDiff, nextChoice, row, traceTransformer, type Grid, type Trace } from '@/lib/demos/transformer-view/engine';
import { checkPrompt, normalize, tracedIndex, PARAMS } from '@/lib/demos/transformer-view/params';
import { defaults } from '@/lib/demos/params';

const TOL = 1e-4;
type M = number[][];

let model: MiniModel;
let W: Record<string, { shape: number[]; data: Float32Array }>;
beforeAll(async () => {
  await useCpu();
  model = miniModel(await loadShippedModel('gpt'));
  W = Object.fromEntries(Object.entries(model.params).map(([k, t]) => [k, { shape: t.shape, data: t.dataSync() as Float32Array }]));
});

// ---- the independent reference: loops over plain arrays, float64 ----
const mat = (name: string): M => {
  const { shape, data } = W[name];
  return Array.from({ length: shape[0] }, (_, i) => Array.from(data.subarray(i * shape[1], (i + 1) * shape[1])));
};
const vec = (name: string): number[] => Array.from(W[name].data);
function dense(x: M, w: M, b: number[]): M {
  return x.map((r) => {
    const out = b.slice();
    for (let k = 0; k < r.length; k++) for (let j = 0; j < out.length; j++) out[j] += r[k] * w[k][j];
    return out;
  });
}
function ln(x: M, g: number[], b: number[]): M {
  return x.map((r) => {
    let mean = 0;
    for (const v of r) mean += v;
    mean /= r.length;
    let vari = 0;
    for (const v of r) vari += (v - mean) ** 2;
    vari /= r.length;
    return r.map((v, j) => ((v - mean) / Math.sqrt(vari + 1e-5)) * g[j] + b[j]);
  });
}
const geluRef = (v: number) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3)));
const add = (a: M, b: M): M => a.map((r, i) => r.map((v, j) => v + b[i][j]));

interface RefLayer { ln1: M; q: M; k: M; v: M; scores: M[]; weights: M[]; heads: M; proj: M; resid1: M; ln2: M; ff: M; mlp: M; resid2: M }
function reference(ids: number[]) {
  const { dModel: d, nHeads: H, nLayers: L } = model.manifest.config;
  const dk = d / H;
  const tok = ids.map((id) => mat('tok_emb')[id]);
  const pos = ids.map((_, t) => mat('pos_emb')[t]);
  let x = add(tok, pos);
  const embed = x;
  const layers: RefLayer[] = [];
  for (let l = 0; l < L; l++) {
    const P = (n: string) => `h${l}.${n}`;
    const ln1 = ln(x, vec(P('ln1.g')), vec(P('ln1.b')));
    const q = dense(ln1, mat(P('attn.wq')), vec(P('attn.bq')));
    const k = dense(ln1, mat(P('attn.wk')), vec(P('attn.bk')));
    const v = dense(ln1, mat(P('attn.wv')), vec(P('attn.bv')));
    const T = ids.length;
    const scores: M[] = [];
    const weights: M[] = [];
    const heads: M = Array.from({ length: T }, () => new Array(d).fill(0));
    for (let h = 0; h < H; h++) {
      const s: M = [];
      const w: M = [];
      for (let i = 0; i < T; i++) {
        const sr: number[] = [];
        for (let j = 0; j < T; j++) {
          let dot = 0;
          for (let c = h * dk; c < (h + 1) * dk; c++) dot += q[i][c] * k[j][c];
          sr.push(dot);
        }
        s.push(sr);
        // softmax over j ≤ i only (the causal mask), 0 beyond
        const seen = sr.slice(0, i + 1).map((z) => z / Math.sqrt(dk));
        const mx = Math.max(...seen);
        const e = seen.map((z) => Math.exp(z - mx));
        const sum = e.reduce((a, b) => a + b, 0);
        const wr = [...e.map((z) => z / sum), ...new Array(T - i - 1).fill(0)];
        w.push(wr);
        for (let j = 0; j <= i; j++) for (let c = h * dk; c < (h + 1) * dk; c++) heads[i][c] += wr[j] * v[j][c];
      }
      scores.push(s);
      weights.push(w);
    }
    const proj = dense(heads, mat(P('attn.wo')), vec(P('attn.bo')));
    const resid1 = add(x, proj);
    const ln2 = ln(resid1, vec(P('ln2.g')), vec(P('ln2.b')));
    const ff = dense(ln2, mat(P('mlp.w1')), vec(P('mlp.b1'))).map((r) => r.map(geluRef));
    const mlp = dense(ff, mat(P('mlp.w2')), vec(P('mlp.b2')));
    x = add(resid1, mlp);
    layers.push({ ln1, q, k, v, scores, weights, heads, proj, resid1, ln2, ff, mlp, resid2: x });
  }
  const final = ln(x, vec('lnf.g'), vec('lnf.b'));
  const E = mat('tok_emb');
  const logits = final.map((r) => E.map((e) => e.reduce((s, v, j) => s + v * r[j], 0)));
  return { tok, pos, embed, layers, final, logits };
}

const expectGrid = (g: Grid, ref: M | M[], what: string) => {
  const flat = (ref as unknown[]).flat(2) as number[];
  expect(g.data.length, what).toBe(flat.length);
  try {
    expectClose(g.data, flat, TOL);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
};

const idsOf = (text: string) => model.vocab.encode(text).ids;

describe('transformer-view engine', () => {
  it('every stage equals the plain-JavaScript forward pass, with the shapes the view writes', async () => {
    const ids = idsOf('梯度下降沿着负梯度');
    const { dModel: d, nHeads: H, dFF, vocabSize: V } = model.manifest.config;
    const T = ids.length;
    const trace = await expectNoLeak(() => traceTransformer(model.params, model.manifest.config, ids));
    const ref = reference(ids);
    expect(trace.embed.shape).toEqual([T, d]);
    expectGrid(trace.tok, ref.tok, 'tok');
    expectGrid(trace.pos, ref.pos, 'pos');
    expectGrid(trace.embed, ref.embed, 'embed');
    trace.layers.forEach((layer, l) => {
      const r = ref.layers[l];
      expect(layer.scores.shape).toEqual([H, T, T]);
      expect(layer.weights.shape).toEqual([H, T, T]);
      expect(layer.ff.shape).toEqual([T, dFF]);
      for (const key of Object.keys(r) as (keyof RefLayer)[]) expectGrid(layer[key], r[key], `layer ${l + 1} ${key}`);
    });
    expectGrid(trace.final, ref.final, 'final');
    expect(trace.logits.shape).toEqual([T, V]);
    expectGrid(trace.logits, ref.logits, 'logits');
  });

  it('the causal mask: weights above the diagonal are exactly 0 and each row sums to 1', async () => {
    const trace = await traceTransformer(model.params, model.manifest.config, idsOf('注意力'));
    for (const layer of trace.layers)
      for (let h = 0; h < layer.weights.shape[0]; h++)
        for (let i = 0; i < 3; i++) {
          const r = row(layer.weights, i, h);
          for (let j = i + 1; j < 3; j++) expect(r[j]).toBe(0);
          expect(Math.abs(r.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-5);
        }
  });

  it('the logits of every position equal forward + lmLogits, and the last equal nextToken', async () => {
    for (const text of ['梯', '大模型', '神经网络的参数用梯度下降更新']) {
      const ids = idsOf(text);
      const trace: Trace = await expectNoLeak(() => traceTransformer(model.params, model.manifest.config, ids));
      const x = tf.tensor2d([ids], [1, ids.length], 'int32');
      const { hidden } = forward(model.params, model.manifest.config, x);
      const h2 = tf.reshape(hidden, [ids.length, model.manifest.config.dModel]) as tf.Tensor2D;
      const logits = lmLogits(model.params, model.manifest.config, h2);
      expectClose(trace.logits.data, logits.dataSync(), TOL);
      tf.dispose([x, hidden, h2, logits]);
      const next = await nextToken(model, ids);
      expect(maxDiff(row(trace.logits, ids.length - 1), next.logits)).toBeLessThan(TOL);
    }
  });

  it('a full context of 64 traces; longer and empty prompts, and foreign ids, throw without leaking', async () => {
    const ctx = model.manifest.config.ctx;
    const ids = Array.from({ length: ctx }, (_, i) => idsOf('梯度下降')[i % 4]);
    const trace = await expectNoLeak(() => traceTransformer(model.params, model.manifest.config, ids));
    expect(trace.layers[0].weights.shape).toEqual([model.manifest.config.nHeads, ctx, ctx]);
    const before = tf.memory().numTensors;
    await expect(traceTransformer(model.params, model.manifest.config, [...ids, ids[0]])).rejects.toThrow();
    await expect(traceTransformer(model.params, model.manifest.config, [])).rejects.toThrow();
    await expect(traceTransformer(model.params, model.manifest.config, [model.manifest.config.vocabSize])).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the next character: temperature and top_p as sampling.ts applies them; greedy at temperature 0', async () => {
    const ids = idsOf('梯度下');
    const trace = await traceTransformer(model.params, model.manifest.config, ids);
    const logits = row(trace.logits, ids.length - 1);
    const c = nextChoice(logits, 0.7, 0.9, 5);
    const probs = topPFilter(softmaxT(logits, 0.7, BANNED), 0.9).probs;
    const sorted = Array.from(probs, (p, id) => ({ id, p })).sort((a, b) => b.p - a.p || a.id - b.id).slice(0, 5).filter((x) => x.p > 0);
    expect(c.top.map((x) => x.id)).toEqual(sorted.map((x) => x.id));
    c.top.forEach((x, i) => expect(Math.abs(x.p - sorted[i].p)).toBeLessThan(1e-12));
    expect(c.sampled).toBe(chooseToken(logits, { temperature: 0.7, topP: 0.9, banned: BANNED }, createRng(5)).id);
    let best = -1;
    for (let i = BANNED.length; i < logits.length; i++) if (best < 0 || logits[i] > logits[best]) best = i;
    expect(c.best).toBe(best);
    const greedy = nextChoice(logits, 0, 0.9, 5);
    expect(greedy.sampled).toBe(best);
    expect(greedy.top).toEqual([{ id: best, p: 1 }]);
  });
});

describe('transformer-view spec', () => {
  const has = (c: string) => model.vocab.has(c);
  it('checks the prompt: empty, too long, unknown characters', () => {
    expect(checkPrompt('', has, 1000).error).toContain('至少一个字符');
    expect(checkPrompt('梯'.repeat(65), has, 1000).error).toContain('最多读 64 个字符');
    expect(checkPrompt('梯度😀', has, 1000).error).toContain('「😀」');
    expect(checkPrompt('梯度下降', has, 1000)).toEqual({ chars: ['梯', '度', '下', '降'], error: null });
  });
  it('traces the last character by default; a position beyond the prompt falls back with a notice', () => {
    expect(tracedIndex(0, 4)).toBe(3);
    expect(tracedIndex(2, 4)).toBe(1);
    expect(tracedIndex(9, 4)).toBe(3);
    const d = defaults(PARAMS);
    expect(normalize(d)).toEqual({ values: d, notices: [] });
    const n = normalize({ ...d, pos: 9 });
    expect(n.values.pos).toBe(0);
    expect(n.notices[0]).toContain('超出了提示');
  });
});
