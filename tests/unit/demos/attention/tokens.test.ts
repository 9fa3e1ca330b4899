/** The explorer's tokenizer: CJK characters, words and numbers, punctuation, the 16-token cut. */
import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, tokenize, truncationNotice } from '@/lib/demos/attention/tokens';

describe('tokenize', () => {
  it('makes each CJK character a token and drops spaces', () => {
    expect(tokenize('小猫坐在垫子上').tokens).toEqual(['小', '猫', '坐', '在', '垫', '子', '上']);
    expect(tokenize('我 喜欢 在 周末 读 书').tokens).toEqual(['我', '喜', '欢', '在', '周', '末', '读', '书']);
  });

  it('keeps Latin words and numbers whole, punctuation apart', () => {
    expect(tokenize('The cat sat on the mat.').tokens).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat', '.']);
    expect(tokenize("I don't have 3.14 or 1,000!").tokens).toEqual(['I', "don't", 'have', '3.14', 'or', '1,000', '!']);
    expect(tokenize('Hello, world').tokens).toEqual(['Hello', ',', 'world']);
  });

  it('mixes scripts and full-width punctuation', () => {
    expect(tokenize('我用GPT4写诗，好！').tokens).toEqual(['我', '用', 'GPT4', '写', '诗', '，', '好', '！']);
    expect(tokenize('café naïve').tokens).toEqual(['café', 'naïve']);
    expect(tokenize('ひらがな한국').tokens).toHaveLength(6);
    expect(tokenize('a 😀 b').tokens).toEqual(['a', '😀', 'b']);
  });

  it('gives nothing for blank input', () => {
    expect(tokenize('   \n\t ')).toEqual({ tokens: [], total: 0, truncated: false });
    expect(tokenize('')).toEqual({ tokens: [], total: 0, truncated: false });
  });

  it('cuts after 16 tokens and says so', () => {
    const long = '一二三四五六七八九十甲乙丙丁戊己庚辛';
    const t = tokenize(long);
    expect(MAX_TOKENS).toBe(16);
    expect(t.tokens).toHaveLength(16);
    expect(t.total).toBe(18);
    expect(t.truncated).toBe(true);
    expect(truncationNotice(t)).toBe('输入共有 18 个词元，演示只取前 16 个。');
    expect(truncationNotice(tokenize('小猫'))).toBeNull();
    expect(tokenize('a b c', 2)).toEqual({ tokens: ['a', 'b'], total: 3, truncated: true });
  });

  it('keeps a joiner only between two word characters', () => {
    expect(tokenize("end. 'quoted'").tokens).toEqual(['end', '.', "'", 'quoted', "'"]);
    expect(tokenize('1.').tokens).toEqual(['1', '.']);
  });
});
