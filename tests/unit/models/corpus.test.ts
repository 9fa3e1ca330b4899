/** The corpus: the book's prose without markup, and the training batches cut from it. */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/compute/random';
import { buildCorpus, corpusHash, proseOf } from '@/lib/models/corpus';
import { classBatch, lmBatch, mlmBatch, splitLines } from '@/lib/models/data';
import { CLS, MASK, Vocab } from '@/lib/models/vocab';

describe('proseOf', () => {
  it('keeps the words and drops code, formulas, tags, ids and link targets', () => {
    const mdx = [
      '---',
      'title: 测试',
      '---',
      '## 2.1 梯度下降 [#sec-2-1]',
      '',
      '参数 $\\theta_t$ 沿**负梯度**方向移动，见[下一章](/backprop/#sec-2-2)。',
      '',
      '$$',
      'x = y',
      '$$',
      '',
      '```python',
      'print("代码")',
      '```',
      '',
      '<Erratum said="原文">原文说错了。</Erratum>',
      '{/* 注释 */}',
      '| 列一 | 列二 |',
      '| --- | --- |',
      '| 甲 | 乙 |',
      '- 列表项 `max_tokens`',
    ].join('\n');
    expect(proseOf(mdx).split('\n')).toEqual(['2.1 梯度下降', '参数 θt 沿负梯度方向移动，见下一章。', '原文说错了。', '列一 列二', '甲 乙', '列表项 max_tokens']);
  });

  it('hashes stably and sensitively', () => {
    const a = buildCorpus(['一段中文。']);
    expect(corpusHash(a)).toBe(corpusHash(buildCorpus(['一段中文。'])));
    expect(corpusHash(a)).not.toBe(corpusHash(buildCorpus(['一段中文！'])));
    expect(corpusHash(a)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('batches', () => {
  const text = '梯度下降沿着负梯度方向更新参数，反向传播用链式法则计算梯度。'.repeat(4);
  const vocab = Vocab.fromText(text);
  const ids = Int32Array.from(vocab.encode(text).ids);

  it('split holds out every tenth paragraph', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `第${i}段`);
    const { train, heldOut } = splitLines(lines.join('\n'));
    expect(heldOut.trim().split('\n')).toEqual(['第9段', '第19段']);
    expect(train.trim().split('\n')).toHaveLength(23);
  });

  it('next-token targets are the inputs shifted by one', () => {
    const b = lmBatch(ids, 4, 10, createRng(1));
    for (let r = 0; r < 4; r++) {
      const start = ids.indexOf(b.inputs[r * 10]);
      expect(start).toBeGreaterThanOrEqual(0);
      for (let t = 0; t < 9; t++) expect(b.targets[r * 10 + t]).toBe(b.inputs[r * 10 + t + 1]);
    }
  });

  it('MLM chooses ~15 % of characters: 80 % [MASK], 10 % random, 10 % unchanged; [CLS] first', () => {
    const b = mlmBatch(ids, vocab, 400, 20, createRng(2));
    let chosen = 0;
    let masked = 0;
    let same = 0;
    for (let i = 0; i < b.inputs.length; i++) {
      if (i % 20 === 0) {
        expect(b.inputs[i]).toBe(vocab.id(CLS));
        expect(b.weights![i]).toBe(0);
        continue;
      }
      if (!b.weights![i]) {
        expect(b.inputs[i]).toBe(b.targets[i]);
        continue;
      }
      chosen++;
      if (b.inputs[i] === vocab.id(MASK)) masked++;
      else if (b.inputs[i] === b.targets[i]) same++;
    }
    const rate = chosen / (400 * 19);
    expect(rate).toBeGreaterThan(0.13);
    expect(rate).toBeLessThan(0.17);
    expect(masked / chosen).toBeGreaterThan(0.75);
    expect(masked / chosen).toBeLessThan(0.85);
    expect(same / chosen).toBeGreaterThan(0.07); // 10 % kept, plus random picks that hit the same character
  });

  it('classification windows start with [CLS] and carry their class', () => {
    const texts = [
      { label: 0, ids: ids.subarray(0, 30) },
      { label: 1, ids: ids.subarray(30, 60) },
    ];
    const b = classBatch(texts, vocab, 8, 12, createRng(3));
    for (let r = 0; r < 8; r++) {
      expect(b.inputs[r * 12]).toBe(vocab.id(CLS));
      const window = Array.from(b.inputs.subarray(r * 12 + 1, r * 12 + 12)).join(',');
      expect(Array.from(texts[b.targets[r]].ids).join(',')).toContain(window);
    }
  });
});
