/** The tokenizer, the snippets and the engine on small inputs whose answers are known by hand. */
import { describe, expect, it } from 'vitest';
import { indexTokens, queryTokens, runs, termKey, isLatinKey } from '@/lib/search/tokenize';
import { matchRanges, snippet } from '@/lib/search/snippet';
import { cleanQuery, MAX_QUERY } from '@/lib/search/query';
import { createIndex } from '@/lib/search/engine';
import type { SearchDoc } from '@/lib/search/sections';

const doc = (id: string, title: string, text: string, kind: SearchDoc['kind'] = 'section'): SearchDoc => ({
  id,
  kind,
  href: kind === 'glossary' ? `/glossary/#${id}` : `/c/#${id}`,
  where: '第 1 章 测试',
  title,
  text,
});

describe('tokenizer', () => {
  it('splits CJK from Latin first, lower-cases Latin words', () => {
    expect(runs('Softmax回归，GPT-3 的 token')).toEqual([
      { text: 'softmax', cjk: false },
      { text: '回归', cjk: true },
      { text: 'gpt', cjk: false },
      { text: '3', cjk: false },
      { text: '的', cjk: true },
      { text: 'token', cjk: false },
    ]);
  });

  it('indexes CJK as single characters and overlapping pairs', () => {
    expect(indexTokens('自注意力')).toEqual(['自', '注', '意', '力', '自注', '注意', '意力']);
    expect(indexTokens('softmax回归')).toEqual(['softmax', '回', '归', '回归']);
  });

  it('queries CJK by pairs, or by the one character', () => {
    expect(queryTokens('注意力')).toEqual(['注意', '意力']);
    expect(queryTokens('熵')).toEqual(['熵']);
    expect(queryTokens('Adam 优化')).toEqual(['adam', '优化']);
    expect(queryTokens('(.*+?[')).toEqual([]);
  });

  it('stores CJK tokens under keys in a small alphabet, Latin words as themselves', () => {
    expect(termKey('adam')).toBe('adam');
    expect(isLatinKey(termKey('adam'))).toBe(true);
    const key = termKey('梯度');
    expect(isLatinKey(key)).toBe(false);
    expect(key.slice(1)).toMatch(/^[0-9a-v]{8}$/);
    expect(key.slice(1, 5)).toBe((0x68af).toString(32).padStart(4, '0'));
    expect(termKey('梯度')).not.toBe(termKey('度梯'));
  });
});

describe('query hygiene', () => {
  it('removes control characters, collapses space, cuts long queries', () => {
    expect(cleanQuery(' 梯度\u0000下降\u202e\n ')).toBe('梯度 下降');
    expect([...cleanQuery('长'.repeat(500))]).toHaveLength(MAX_QUERY);
    expect(cleanQuery(undefined)).toBe('');
    expect(cleanQuery({})).toBe('');
  });
});

describe('snippets', () => {
  it('marks every occurrence of the query pieces, case-insensitively', () => {
    expect(matchRanges('Softmax 把 softmax 回归', 'SOFTMAX')).toEqual([
      [0, 7],
      [10, 17],
    ]);
    expect(matchRanges('学习率与学习', '学习率')).toEqual([[0, 3]]);
  });

  it('cuts a window around the first match, with ellipses', () => {
    const text = `${'甲'.repeat(100)}学习率${'乙'.repeat(100)}`;
    const parts = snippet(text, '学习率', 40);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts[parts.length - 1]).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark)).toEqual([{ text: '学习率', mark: true }]);
    expect(parts.map((p) => p.text).join('').length).toBe(42);
  });
});

describe('engine', () => {
  const docs = [
    doc('a', '线性回归', '用 softmax回归 做分类之前，先看线性回归。'),
    doc('b', '注意力', '自注意力让每个词元看见其他词元。'),
    doc('c', 'Adam 优化器', 'AdamW 把权重衰减从梯度里分出来。'),
    doc('d', '其他', '这里谈学习率，也谈学习与速率。'),
    doc('term-lr', '学习率 learning rate', '梯度下降每一步走多远。', 'glossary'),
    doc('e', '学习率', '梯度下降每一步走多远。'),
  ];
  const index = createIndex(docs);
  const ids = (q: string) => index.search(q).results.map((r) => r.id);

  it('finds "softmax" inside "softmax回归", and the Chinese next to it', () => {
    expect(ids('softmax')).toEqual(['a']);
    expect(ids('回归')).toEqual(['a']);
    expect(ids('softmax回归')).toEqual(['a']);
  });

  it('matches Latin words from their start, any case', () => {
    expect(ids('adam').sort()).toEqual(['c']);
    expect(ids('ADAMW')).toEqual(['c']);
    expect(ids('damw')).toEqual([]);
  });

  it('requires every pair of a Chinese query (AND), and one character finds single characters', () => {
    expect(ids('注意力')).toEqual(['b']);
    expect(ids('意')).toEqual(['b']);
    expect(ids('习率').sort()).toEqual(['d', 'e', 'term-lr']);
  });

  it('puts headings that contain the query first, and boosts a glossary entry over an equal section', () => {
    expect(ids('学习率').slice(0, 2)).toEqual(['term-lr', 'e']);
    expect(ids('学习率')[2]).toBe('d');
  });

  it('answers from a scan while the index is built in chunks, then from the index: the same sections here', async () => {
    const later = createIndex(docs, false);
    const found = (q: string) => later.search(q).results.map((r) => r.id).sort();
    expect(later.built).toBe(false);
    const before = ['softmax', '注意力', '学习率', 'adam'].map(found);
    await later.build();
    expect(later.built).toBe(true);
    expect(['softmax', '注意力', '学习率', 'adam'].map(found)).toEqual(before);
    expect(before[2]).toEqual(['d', 'e', 'term-lr']);
  });

  it('answers hostile queries with nothing rather than an error', () => {
    for (const q of ['', '   ', '(.*+?[', '\u0000\u0001', '\\', '%E0%A4%A', 'a'.repeat(10_000), '\ud800']) {
      expect(() => index.search(q)).not.toThrow();
    }
    expect(index.search('(.*+?[')).toEqual({ total: 0, results: [] });
  });
});
