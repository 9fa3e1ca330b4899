/** Byte-level BPE on small texts: a case worked out by hand, rank order, and the trainer against a plain recount. */
import { describe, expect, it } from 'vitest';
import { Bpe, strictUtf8 } from '@/lib/tokenizer/bpe';
import { chunkCounts, pretokenize, utf8 } from '@/lib/tokenizer/pretokenize';
import { mergePair, trainBpe, type Merge } from '@/lib/tokenizer/train';

/** Reference trainer: recount every pair of every chunk from scratch at each step (slow, obvious). */
function naiveTrain(text: string, numMerges: number, minCount: number): Merge[] {
  const words = [...chunkCounts(text)].map(([c, n]) => ({ ids: Array.from(utf8(c)), n }));
  const merges: Merge[] = [];
  while (merges.length < numMerges) {
    const counts = new Map<string, number>();
    for (const w of words) for (let i = 0; i + 1 < w.ids.length; i++) counts.set(`${w.ids[i]},${w.ids[i + 1]}`, (counts.get(`${w.ids[i]},${w.ids[i + 1]}`) ?? 0) + w.n);
    let best: [number, number] | null = null;
    let bestCount = 0;
    for (const [k, c] of counts) {
      const [a, b] = k.split(',').map(Number) as [number, number];
      if (c > bestCount || (c === bestCount && best && (a < best[0] || (a === best[0] && b < best[1])))) [best, bestCount] = [[a, b], c];
    }
    if (!best || bestCount < minCount) break;
    merges.push(best);
    for (const w of words) w.ids = mergePair(w.ids, best[0], best[1], 255 + merges.length);
  }
  return merges;
}

describe('byte-level BPE', () => {
  it('learns the merges of a tiny text worked out by hand', () => {
    // "aaabdaaabac" is one chunk; bytes a=97, b=98, c=99, d=100.
    // Step 1 counts: aa 4 (positions 0-1, 1-2, 5-6, 6-7), ab 2, bd 1, da 1, ba 1, ac 1 → merge (97, 97) → 256.
    //   Left to right, "aaa" becomes [256, 97]: the text is [256, 97, 98, 100, 256, 97, 98, 97, 99].
    // Step 2 counts: (256, 97) 2, (97, 98) 2, the rest 1. A tie: the smaller first id wins → (97, 98) → 257.
    //   The text is [256, 257, 100, 256, 257, 97, 99].
    // Step 3 counts: (256, 257) 2, the rest 1 → (256, 257) → 258; the text is [258, 100, 258, 97, 99].
    // Step 4: every pair occurs once, below minCount 2: training stops with three merges.
    const { merges, counts } = trainBpe('aaabdaaabac', 10);
    expect(merges).toEqual([
      [97, 97],
      [97, 98],
      [256, 257],
    ]);
    expect(counts).toEqual([4, 2, 2]);
    const bpe = new Bpe(merges);
    expect(bpe.encode('aaabdaaabac')).toEqual([258, 100, 258, 97, 99]);
    expect(bpe.decode([258])).toBe('aaab');
  });

  it('applies merges in rank order, not left to right', () => {
    // Merge 0 is (b, c) → 256, merge 1 is (a, b) → 257. In "abc" both pairs are present; the one
    // learned first, (b, c), wins: [a, 256]. Merging the leftmost learned pair first would give [257, c].
    const bpe = new Bpe([
      [98, 99],
      [97, 98],
    ]);
    expect(bpe.encode('abc')).toEqual([97, 256]);
    const leftmostFirst = mergePair([97, 98, 99], 97, 98, 257);
    expect(leftmostFirst).toEqual([257, 99]);
    expect(bpe.encode('abd')).toEqual([257, 100]);
  });

  it('never merges across chunks: Chinese runs stay whole, punctuation and spaces apart', () => {
    // Punctuation and an emoji after it form one run of 「other」 characters, as in GPT-2.
    expect(pretokenize('梯度下降，learning rate 是 0.001。👩‍💻')).toEqual(['梯度下降', '，', 'learning', ' rate', ' ', '是', ' 0', '.', '001', '。👩‍💻']);
    const { merges } = trainBpe('ab ab ab', 5);
    expect(merges.some(([, b]) => b === 32)).toBe(false); // a space (32) is never a merge's right part
  });

  it('the incremental trainer agrees with recounting from scratch, minCount 2 and 1', () => {
    const text = '梯度下降沿着负梯度方向更新参数。学习率太大时损失会发散，学习率太小时下降很慢。Adam 和 SGD 都是优化器，lr = 0.001。'.repeat(3) + '稀有字：鹦鹉、𠀀。';
    for (const minCount of [2, 1]) expect(trainBpe(text, 120, minCount).merges).toEqual(naiveTrain(text, 120, minCount));
  });

  it('a shorter run is a prefix of a longer one', () => {
    const text = '自注意力让每个词元看见其他词元。'.repeat(4);
    const long = trainBpe(text, 40, 1).merges;
    expect(trainBpe(text, 15, 1).merges).toEqual(long.slice(0, 15));
  });

  it('shows a cut character as �, and strictUtf8 says which tokens are whole text', () => {
    const bytes = utf8('鹦'); // E9 B9 A6
    expect(Array.from(bytes)).toEqual([0xe9, 0xb9, 0xa6]);
    const bpe = new Bpe([[0xe9, 0xb9]]);
    const tokens = bpe.tokens('鹦');
    expect(tokens.map((t) => t.id)).toEqual([256, 0xa6]);
    expect(tokens.map((t) => t.text)).toEqual([null, null]);
    expect(bpe.decode([256])).toBe('\uFFFD');
    expect(bpe.decode([256, 0xa6])).toBe('鹦');
    expect(strictUtf8(Uint8Array.of(0x41))).toBe('A');
  });

  it('rejects bad merges and sizes with a message', () => {
    expect(() => new Bpe([[300, 1]])).toThrow(/还不存在/);
    expect(() => new Bpe([], 300)).toThrow(/需要 44 次合并/);
    expect(() => new Bpe([], 100)).toThrow(/不小于 256/);
    expect(() => new Bpe([]).tokenBytes(256)).toThrow(/不在词表里/);
    expect(() => trainBpe('x', -1)).toThrow(/合并次数/);
  });
});
