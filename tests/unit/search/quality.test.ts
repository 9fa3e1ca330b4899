/**
 * Search quality on the real book: for each query, every section whose text contains it (found by
 * a plain scan of the section texts, independent of the tokenizer and of MiniSearch) is among the
 * results, and sections whose heading contains it come first.
 */
import { describe, expect, it } from 'vitest';
import { bookDocs } from '@/lib/search/build';
import { createIndex } from '@/lib/search/engine';
import { loadBook } from '@/lib/content/loader';
import { loadGlossary } from '@/lib/content/glossary';

const docs = bookDocs();
const index = createIndex(docs);
/** The same documents before the index is built: queries are answered by scanning them. */
const scanning = createIndex(docs, false);
const ALL = Number.POSITIVE_INFINITY;

/**
 * The plain scan: lower-cased substring search. A query that starts with a Latin letter or digit
 * must start a word in the text ("bert" is not found inside "roberta"): the book's search matches
 * Latin words from their start, as readers type them.
 */
function contains(haystack: string, query: string): boolean {
  const h = haystack.toLowerCase();
  const q = query.toLowerCase();
  if (!/^[a-z0-9]/.test(q)) return h.includes(q);
  for (let at = h.indexOf(q); at >= 0; at = h.indexOf(q, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(h[at - 1]) || /\p{Script=Han}/u.test(h[at - 1])) return true;
  }
  return false;
}

const CHINESE = ['梯度下降', '学习率', '反向传播', '自注意力', '损失函数', '词元', '链式法则', '鞍点', '动量', '小批量', '预训练', '微调', '掩码', '位置编码', '交叉熵', '条件数', '梯度消失', '温度', '幻觉', '算力', '勘误'];
const ENGLISH = ['Adam', 'softmax', 'Transformer', 'GPT-3', 'BERT', 'Chinchilla', 'PyTorch', 'TensorFlow', 'token', 'LayerNorm', 'GPU', 'ReLU', 'Hugging Face', 'dropout', 'learning rate'];
const MIXED = ['GPT-3 的', 'Transformer 架构', 'BERT-Base', 'softmax 的', 'GPU 上', 'Adam 的'];
const ONE_CHARACTER = ['熵', '率', '梯'];
const SUBSTRINGS = ['注意力', '传播', '下降', 'Layer', 'Tensor', 'Chinch', '意力机'];
const NONE = '量子纠缠';
const QUERIES = [...CHINESE, ...ENGLISH, ...MIXED, ...ONE_CHARACTER, ...SUBSTRINGS];

describe('search over the book', () => {
  it('indexes every heading of every chapter once, and every glossary entry', () => {
    const headings = loadBook().flatMap((c) => c.headings.map((h) => `/${c.slug}/#${h.id}`));
    expect(docs.filter((d) => d.kind === 'section').map((d) => d.href)).toEqual(headings);
    expect(docs.filter((d) => d.kind === 'glossary').map((d) => d.href)).toEqual(loadGlossary().map((g) => `/glossary/#term-${g.id}`));
  });

  it('has at least 40 queries, each found by the plain scan somewhere', () => {
    expect(QUERIES.length + 1).toBeGreaterThanOrEqual(40);
    for (const q of QUERIES) expect(docs.filter((d) => contains(`${d.title}\n${d.text}`, q)).length, q).toBeGreaterThan(0);
  });

  it.each(QUERIES)('%s: every section containing it is found, by the index and by the scan before it', (q) => {
    const expected = docs.filter((d) => contains(`${d.title}\n${d.text}`, q)).map((d) => d.id);
    for (const engine of [index, scanning]) {
      const { total, results } = engine.search(q, ALL);
      const found = results.map((r) => r.id);
      expect(expected.filter((id) => !found.includes(id))).toEqual([]);
      expect(total).toBe(results.length);
    }
    expect(index.built && !scanning.built).toBe(true);
  });

  const headed = QUERIES.filter((q) => docs.some((d) => contains(d.title, q)));
  it('has many queries that some heading contains', () => expect(headed.length).toBeGreaterThan(20));

  it.each(headed)('%s: the sections with it in their heading come first', (q) => {
    const inHeading = new Set(docs.filter((d) => contains(d.title, q)).map((d) => d.id));
    for (const engine of [index, scanning]) {
      const found = engine.search(q, ALL).results.map((r) => r.id);
      expect(inHeading.has(found[0]), `${q}: first is ${found[0]}`).toBe(true);
      const withIt = found.flatMap((id, i) => (inHeading.has(id) ? [i] : []));
      const without = found.flatMap((id, i) => (inHeading.has(id) ? [] : [i]));
      expect(Math.max(...withIt)).toBeLessThan(Math.min(Number.POSITIVE_INFINITY, ...without));
    }
  });

  it('finds nothing for a query the book does not contain', () => {
    expect(docs.filter((d) => contains(`${d.title}\n${d.text}`, NONE))).toEqual([]);
    expect(index.search(NONE)).toEqual({ total: 0, results: [] });
    expect(scanning.search(NONE)).toEqual({ total: 0, results: [] });
  });

  it('marks the query in the snippet of every result that contains it as typed', () => {
    for (const q of ['学习率', 'softmax', '自注意力']) {
      const withText = index.search(q, ALL).results.filter((r) => contains(docs.find((d) => d.id === r.id)!.text, q));
      expect(withText.length).toBeGreaterThan(3);
      for (const r of withText) {
        const marked = r.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase());
        expect(marked, `${q} in ${r.id}`).toContain(q.toLowerCase());
      }
    }
  });

  it('puts the heading that is the query itself above headings that merely contain it', () => {
    for (const idx of [index, scanning]) {
      const ids = idx.search('梯度下降', ALL).results.map((r) => r.id);
      expect(ids.slice(0, 2).sort()).toEqual(['sec-2-1', 'term-gradient-descent']);
      expect(ids.indexOf('term-batch-gd')).toBeGreaterThan(1);
    }
  });

  it('ranks each glossary entry among the first results for its own term', () => {
    for (const entry of loadGlossary()) {
      const top = index.search(entry.zh, 5).results.map((r) => r.id);
      expect(top, entry.zh).toContain(`term-${entry.id}`);
    }
  });

  it('finds formulas by their text and exercises with their answers', () => {
    const formula = docs.find((d) => d.id === 'sec-2-1')!;
    expect(formula.text).toContain('θ');
    const exercise = docs.filter((d) => /练习/.test(d.title));
    expect(exercise.length).toBeGreaterThan(5);
    expect(exercise.every((d) => d.text.length > 200)).toBe(true);
  });
});
