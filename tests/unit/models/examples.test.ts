/** The rules that choose the mini BERT demo's sentences (lib/models/examples.ts), on made-up results. */
import { describe, expect, it } from 'vitest';
import { pickClassify, pickMaskPair, sentencesOf, type ClassifyResult } from '@/lib/models/examples';

const result = (text: string, label: number, bert: [number, number], nb: [number, number]): ClassifyResult => ({
  text,
  label,
  bert: { best: bert[0], p: bert[1] },
  naiveBayes: { best: nb[0], p: nb[1] },
});

describe('choosing the demo sentences', () => {
  it('cuts paragraphs into sentences of a readable length', () => {
    const text = '短句。这一句足够长，可以拿来当作例句使用！第二段的句子也足够长，可以当作例句；尾巴\n另一段里还有一句足够长的句子吗？';
    expect(sentencesOf(text, 10, 30)).toEqual(['这一句足够长，可以拿来当作例句使用！', '第二段的句子也足够长，可以当作例句', '另一段里还有一句足够长的句子吗？']);
    expect(sentencesOf(text, 10, 12)).toEqual([]);
  });

  it('the default is the sentence BERT gets right most surely; examples cover each outcome from other chapters', () => {
    const results = [
      result('a', 0, [0, 0.9], [0, 0.8]), // both right, surest → default
      result('b', 0, [0, 0.8], [0, 0.9]), // both right, same chapter as the default
      result('c', 1, [1, 0.5], [1, 0.6]), // both right, another chapter → chosen for "both"
      result('d', 2, [2, 0.7], [5, 0.9]), // only BERT
      result('e', 3, [1, 0.9], [3, 0.4]), // only naive Bayes
      result('f', 4, [1, 0.9], [2, 0.9]), // neither
    ];
    const picked = pickClassify(results);
    expect(picked.default).toEqual({ text: 'a', label: 0, right: 'both' });
    expect(picked.examples).toEqual([
      { text: 'c', label: 1, right: 'both' },
      { text: 'd', label: 2, right: 'bert' },
      { text: 'e', label: 3, right: 'naiveBayes' },
    ]);
  });

  it('an outcome nobody shows is left out; BERT never right is an error', () => {
    const picked = pickClassify([result('a', 0, [0, 0.6], [1, 0.9]), result('b', 1, [1, 0.9], [0, 0.9])]);
    expect(picked.default).toEqual({ text: 'b', label: 1, right: 'bert' });
    expect(picked.examples).toEqual([{ text: 'a', label: 0, right: 'bert' }]);
    expect(() => pickClassify([result('a', 0, [1, 0.6], [0, 0.9])])).toThrow('none');
  });

  it('masks the two surest first-ranked characters that are not neighbours', () => {
    expect(pickMaskPair([
      { position: 2, rank: 1, p: 0.9 },
      { position: 3, rank: 1, p: 0.8 },
      { position: 7, rank: 1, p: 0.5 },
      { position: 9, rank: 2, p: 0.95 },
    ])).toEqual([2, 7]);
    expect(pickMaskPair([{ position: 2, rank: 1, p: 0.9 }, { position: 3, rank: 1, p: 0.8 }])).toBeNull();
    expect(pickMaskPair([{ position: 2, rank: 1, p: 0.9 }])).toBeNull();
  });
});
