/**
 * The retrieval demo (chapter 7): BM25 against a hand-computed example, cosine and top-k against
 * closed forms, the paragraph cut, and the shipped index (public/models/retrieval.json + .bin):
 * three paragraphs' vectors recomputed here with the shipped BERT weights on tfjs-cpu, every link
 * pointing at a section of the book as it is now, no tensor left behind.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { B, bm25Scores, buildBm25, idf, K1 } from '@/lib/demos/retrieval/bm25';
import { cosine, cosineScores, topK } from '@/lib/demos/retrieval/rank';
import { EXCLUDED_SECTIONS, isProse, paragraphsOf } from '@/lib/demos/retrieval/corpus';
import { sentenceVector } from '@/lib/demos/retrieval/embed';
import { paragraphIndex, rankBm25, rankCosine } from '@/lib/demos/retrieval/engine';
import { checkIndex, indexSchema, INDEX_FILE } from '@/lib/demos/retrieval/index-file';
import { EXAMPLES, PARAMS, shorten } from '@/lib/demos/retrieval/params';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { disposeParams } from '@/lib/models/transformer';
import { bookDocs } from '@/lib/search/build';
import type { SearchDoc } from '@/lib/search/sections';
import { loadShippedModel, MODELS_DIR } from '../../models/shipped';
import { expectClose, expectNoLeak, tf, useCpu } from '../compute/setup';

describe('BM25', () => {
  /*
   * Three documents: D1 = [a, b] (|D| = 2), D2 = [a, a, c] (3), D3 = [c] (1); N = 3, avgdl = 2,
   * k1 = 1.2, b = 0.75. a and c are each in two documents:
   *   IDF = ln(1 + (3 − 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004
   *   K(|D|) = k1·(1 − b + b·|D|/avgdl): K(2) = 1.2, K(3) = 1.65, K(1) = 0.75
   *   term score = IDF · f·(k1 + 1) / (f + K)
   * query [a]:   D1 = 0.470004 · 2.2/2.2          = 0.470004
   *              D2 = 0.470004 · 4.4/3.65         = 0.566580
   *              D3 = 0
   * query [a, c]: D2 = 0.566580 + 0.470004 · 2.2/2.65 = 0.566580 + 0.390192 = 0.956771
   *              D3 = 0.470004 · 2.2/1.75         = 0.590862
   */
  const index = buildBm25([['a', 'b'], ['a', 'a', 'c'], ['c']]);

  it('uses k1 = 1.2, b = 0.75 and Lucene’s IDF', () => {
    expect([K1, B]).toEqual([1.2, 0.75]);
    expect(idf(index, 'a')).toBeCloseTo(0.470004, 6);
    expect(idf(index, 'b')).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 6);
    expect(index.avgLength).toBe(2);
  });

  it('scores the hand-computed example', () => {
    const one = bm25Scores(index, ['a']);
    expect(one[0]).toBeCloseTo(0.470004, 6);
    expect(one[1]).toBeCloseTo(0.56658, 6);
    expect(one[2]).toBe(0);
    const two = bm25Scores(index, ['a', 'c']);
    expect(two[0]).toBeCloseTo(0.470004, 6);
    expect(two[1]).toBeCloseTo(0.956771, 6);
    expect(two[2]).toBeCloseTo(0.590862, 6);
  });

  it('counts a repeated query token once and ignores unknown tokens', () => {
    expect(Array.from(bm25Scores(index, ['a', 'a', 'zz']))).toEqual(Array.from(bm25Scores(index, ['a'])));
    expect(Array.from(bm25Scores(index, ['zz']))).toEqual([0, 0, 0]);
  });

  it('ranks paragraphs by the search tokens: pairs of the question against characters and pairs', () => {
    const paragraphs = ['梯度下降沿负梯度方向更新参数', '注意力权重由 softmax 归一化', '学习率决定梯度下降每一步走多远'].map((text) => ({ href: '/x/#y', where: '', title: '', text }));
    const ranked = rankBm25(paragraphIndex(paragraphs), '学习率');
    // Only the third holds 学习 and 习率; the others share no pair with the question and are left out.
    expect(ranked.map((r) => r.index)).toEqual([2]);
    expect(rankBm25(paragraphIndex(paragraphs), '梯度下降').map((r) => r.index).sort()).toEqual([0, 2]);
  });
});

describe('cosine and top-k', () => {
  it('agrees with closed forms', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosine([1, 2, 3], [4, 5, 6])).toBeCloseTo(32 / Math.sqrt(14 * 77), 12);
    expect(cosine([1, 2], [-2, -4])).toBeCloseTo(-1, 12);
    expect(cosine([0, 0], [1, 2])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow();
  });

  it('scores every row like cosine does', () => {
    const rows = [3, 4, 0, 0, -1, 2, 5, 5];
    const scores = cosineScores([1, 2], rows, 2);
    expect(scores.length).toBe(4);
    for (let r = 0; r < 4; r++) expect(scores[r]).toBeCloseTo(cosine([1, 2], rows.slice(2 * r, 2 * r + 2)), 12);
  });

  it('keeps the k best, ties in document order, nothing at or below the floor', () => {
    expect(topK([0.1, 0.5, 0.5, 0.9, 0], 3)).toEqual([
      { index: 3, score: 0.9 },
      { index: 1, score: 0.5 },
      { index: 2, score: 0.5 },
    ]);
    expect(topK([0, 0.2, 0], 5, 0)).toEqual([{ index: 1, score: 0.2 }]);
  });
});

describe('paragraphs', () => {
  const doc = (id: string, text: string): SearchDoc => ({ id, kind: 'section', href: `/c/#${id}`, where: '第 1 章 概述', title: id, text });

  it('keeps prose lines with their section’s link, each text once, and leaves out table cells and code', () => {
    const prose = '梯度下降每一步都沿着损失下降最快的方向走一小步，步子的大小就是学习率。';
    const docs = [
      doc('s1', `${prose}\n模型\n年份\noptimizer.step() # update every parameter of the model\n`),
      doc('s2', `  ${prose}  `),
      { ...doc('term-x', prose + '另一段'), kind: 'glossary' as const },
      doc(EXCLUDED_SECTIONS[0], '这一节讲检索演示本身，它的段落不进入检索范围，以免问题总是找到这里。'),
    ];
    expect(paragraphsOf(docs)).toEqual([{ href: '/c/#s1', where: '第 1 章 概述', title: 's1', text: prose }]);
    expect(isProse('短句')).toBe(false);
  });

  it('shortens a paragraph to whole characters', () => {
    expect(shorten('一二三四五', 3)).toBe('一二三…');
    expect(shorten('一二三', 3)).toBe('一二三');
    expect(shorten('😀😀😀😀', 2)).toBe('😀😀…');
  });

  it('offers example questions that fit the field', () => {
    for (const q of EXAMPLES) expect(Array.from(q).length).toBeLessThanOrEqual(PARAMS.q.maxLength);
  });
});

describe('the shipped index', () => {
  let model: MiniModel;
  const json = JSON.parse(readFileSync(join(MODELS_DIR, INDEX_FILE), 'utf8'));
  const index = indexSchema.parse(json);
  const bytes = readFileSync(join(MODELS_DIR, index.vectors.file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sha = createHash('sha256').update(bytes).digest('hex');

  beforeAll(async () => {
    await useCpu();
    model = miniModel(await loadShippedModel('bert'));
  });
  afterAll(() => disposeParams(model.params));

  it('passes the page’s checks against the shipped BERT, and refuses other weights', () => {
    const loaded = checkIndex(json, buffer, sha, model.manifest.weights.sha256);
    expect(loaded.vectors.length).toBe(index.paragraphs.length * model.config.dModel);
    expect(index.dims).toBe(model.config.dModel);
    expect(() => checkIndex(json, buffer, sha, '0'.repeat(64))).toThrow(/npm run build:retrieval/);
    expect(() => checkIndex(json, buffer.slice(4), sha, model.manifest.weights.sha256)).toThrow(/字节/);
  });

  it('links every paragraph to a section of the book as it is now', () => {
    const sections = new Set(bookDocs().filter((d) => d.kind === 'section').map((d) => d.href));
    expect(index.paragraphs.length).toBeGreaterThan(500);
    const missing = index.paragraphs.filter((p) => !sections.has(p.href)).map((p) => p.href);
    expect(missing, 'run `npm run build:retrieval` after renaming sections').toEqual([]);
  });

  it('holds the vectors the script computes (three paragraphs recomputed, within 1e-4), leaking no tensor', async () => {
    const vectors = new Float32Array(buffer);
    const d = index.dims;
    const n = index.paragraphs.length;
    for (const i of [0, Math.floor(n / 2), n - 1]) {
      const { vector } = await expectNoLeak(() => sentenceVector(model, index.paragraphs[i].text));
      expectClose(vector, vectors.subarray(i * d, (i + 1) * d), 1e-4);
    }
  }, 60_000);

  it('embeds the mean of the final hidden states over the characters, [CLS] left out', async () => {
    // Independent of sentenceVector: the forward pass's hidden states averaged in plain JS.
    const { forward } = await import('@/lib/models/transformer');
    const { encodeForBert } = await import('@/lib/models/bert');
    const text = '注意力权重由查询和键的点积经过 softmax 得到';
    const ids = encodeForBert(model.vocab, text, model.config.ctx).ids;
    const hidden = tf.tidy(() => forward(model.params, model.config, tf.tensor2d([ids], [1, ids.length], 'int32')).hidden);
    const h = await hidden.data();
    hidden.dispose();
    const d = model.config.dModel;
    const mean = new Float32Array(d);
    for (let t = 1; t < ids.length; t++) for (let j = 0; j < d; j++) mean[j] += h[t * d + j] / (ids.length - 1);
    const { vector, chars, truncated } = await expectNoLeak(() => sentenceVector(model, text));
    expect([chars, truncated]).toEqual([Array.from(text).length, 0]);
    expectClose(vector, mean, 1e-5);
  });

  it('ranks by cosine with the question’s vector, leaking no tensor', async () => {
    const vectors = new Float32Array(buffer);
    const i = 7;
    const { vector } = await expectNoLeak(() => sentenceVector(model, index.paragraphs[i].text));
    // A paragraph's own text is its own nearest paragraph (cosine 1 up to rounding).
    const [best] = rankCosine(vectors, index.dims, vector, 5);
    expect(best.index).toBe(i);
    expect(best.score).toBeCloseTo(1, 5);
    const long = await expectNoLeak(() => sentenceVector(model, '字'.repeat(100)));
    expect([long.chars, long.truncated]).toEqual([model.config.ctx - 1, 100 - (model.config.ctx - 1)]);
  });
});
