/** The attention explorer's parameter table and URL state; its input matrices and labels. */
import { describe, expect, it } from 'vitest';
import { decode, defaults, encode } from '@/lib/demos/params';
import { PARAMS, EXAMPLE_SENTENCES, STAGES, gptTokens, isLastStage, moveStage, normalize, shownHead } from '@/lib/demos/attention/params';
import { hashText, inputMatrices, positionalEncoding, tokenEmbedding } from '@/lib/demos/attention/embed';
import {
  formatValue, heatColor, maxAbs, pairLabel, spread, tableRows, tokenName, uniformEntropy, vectorLabel,
} from '@/lib/demos/attention/format';
import { tokenize } from '@/lib/demos/attention/tokens';
import { demoInfo } from '@/lib/demos/registry';

const T = PARAMS;

describe('attention parameters', () => {
  it('has valid defaults that write nothing to the URL', () => {
    const d = defaults(T);
    expect(decode(T, '', 'at')).toEqual({ values: d, notices: [] });
    expect(encode(T, d, 'at')).toBe('');
    expect(demoInfo('attention')?.aliases).toEqual(['at']);
    const t = tokenize(d.text);
    expect(t.truncated).toBe(false);
    expect(t.tokens.length).toBeGreaterThan(3);
    expect(d.head).toBeLessThanOrEqual(d.heads);
  });

  it('offers examples that fit without a cut', () => {
    for (const t of EXAMPLE_SENTENCES) expect(tokenize(t).truncated).toBe(false);
    expect(EXAMPLE_SENTENCES).toContain(defaults(T).text);
  });

  it('lets 16 long words fit in the text limit', () => {
    const sixteen = Array.from({ length: 16 }, () => 'attention').join(' ');
    expect(Array.from(sixteen).length).toBeLessThanOrEqual(T.text.maxLength);
  });

  it('round-trips a full state', () => {
    const values = { text: 'The cat sat on the mat.', dk: 32, heads: 3, causal: true, scale: false, seed: 42, stage: 'masked', head: 2, source: 'gpt', layer: 3 };
    const search = encode(T, values, 'at');
    expect(search).toContain('at.dk=32');
    expect(search).toContain('at.causal=1');
    expect(search).toContain('at.source=gpt');
    expect(decode(T, search, 'at')).toEqual({ values, notices: [] });
  });

  it('clamps garbage with notices', () => {
    const { values, notices } = decode(T, '?at.dk=abc&at.heads=1e9&at.stage=nope&at.causal=maybe&at.seed=-5&at.zz=1', 'at');
    expect(values.dk).toBe(8);
    expect(values.heads).toBe(4);
    expect(values.stage).toBe('tokens');
    expect(values.causal).toBe(false);
    expect(values.seed).toBe(0);
    expect(notices).toHaveLength(6);
    expect(notices.some((n) => n.includes('at.zz'))).toBe(true);
    expect(decode(T, `?at.text=${'猫'.repeat(300)}`, 'at').values.text).toHaveLength(200);
  });

  it('steps through the stages within bounds', () => {
    expect(moveStage('tokens', -1)).toBe('tokens');
    expect(moveStage('tokens', 1)).toBe('embed');
    expect(moveStage('output', 1)).toBe('output');
    expect(isLastStage(STAGES[STAGES.length - 1].value)).toBe(true);
    expect(shownHead({ head: 4, heads: 2 })).toBe(2);
    expect(shownHead({ head: 4, heads: 1, source: 'gpt' })).toBe(4);
  });

  it('keeps the chosen head with the mini GPT\'s weights (its own 4 heads), and reads its characters', () => {
    const d = defaults(T);
    expect(normalize({ ...d, head: 3, heads: 1 }).values.head).toBe(1);
    expect(normalize({ ...d, head: 3, heads: 1, source: 'gpt' })).toEqual({ values: { ...d, head: 3, heads: 1, source: 'gpt' }, notices: [] });
    expect(gptTokens('小猫 坐在', 16)).toEqual({ tokens: ['小', '猫', '坐', '在'], total: 4, truncated: false });
    expect(gptTokens('梯'.repeat(20), 16)).toEqual({ tokens: Array(16).fill('梯'), total: 20, truncated: true });
  });
});

describe('input matrices', () => {
  it('are the same for the same token, whatever the sentence, and differ between tokens', () => {
    expect(hashText('猫')).toBe(hashText('猫'));
    expect(hashText('猫')).not.toBe(hashText('狗'));
    expect(tokenEmbedding('猫', 8)).toEqual(tokenEmbedding('猫', 8));
    expect(tokenEmbedding('猫', 16).slice(0, 8)).toEqual(tokenEmbedding('猫', 8));
    expect(tokenEmbedding('猫', 8)).not.toEqual(tokenEmbedding('狗', 8));
  });

  it('add the sinusoidal positions', () => {
    expect(positionalEncoding(0, 4)).toEqual([0, 1, 0, 1]);
    const p = positionalEncoding(3, 8);
    expect(p[0]).toBeCloseTo(Math.sin(3), 12);
    expect(p[1]).toBeCloseTo(Math.cos(3), 12);
    expect(p[2]).toBeCloseTo(Math.sin(3 / 10000 ** (2 / 8)), 12);
    const { e, p: pos, x } = inputMatrices(['猫', '猫'], 6);
    expect(e[0]).toEqual(e[1]);
    expect(x[1][3]).toBeCloseTo(e[1][3] + pos[1][3], 12);
    expect(x[0]).not.toEqual(x[1]);
  });
});

describe('labels and summaries', () => {
  const toks = ['我', '爱', '猫', '猫'];
  it('names cells as the reader hears them', () => {
    expect(pairLabel(toks, 1, 0, '权重', 0.2134)).toBe('「爱」对「我」的权重 0.21');
    expect(pairLabel(toks, 2, 3, '分数', -1e9)).toBe('「猫」（第 3 个）对「猫」（第 4 个）的分数 −∞');
    expect(vectorLabel(toks, 0, 2, 'Q', -0.5)).toBe('「我」的 Q 第 3 维 −0.50');
    expect(tokenName(toks, 0)).toBe('「我」');
    expect(formatValue(0.0043)).toBe('0.0043');
    expect(formatValue(12.34)).toBe('12.3');
  });

  it('colours from the theme variables and leaves masked cells uncoloured', () => {
    expect(heatColor(1, 'prob')).toBe('color-mix(in srgb, var(--accent) 90%, var(--bg))');
    expect(heatColor(0, 'prob')).toBe('color-mix(in srgb, var(--accent) 0%, var(--bg))');
    expect(heatColor(-2, 'signed', 4)).toBe('color-mix(in srgb, var(--erratum) 45%, var(--bg))');
    expect(heatColor(-1e9, 'signed', 4)).toBeUndefined();
  });

  it('measures spread and entropy bounds without the masked entries', () => {
    expect(maxAbs([[1, -3], [-1e9, 2]])).toBe(3);
    expect(spread([[1, -1], [-1e9, 1]])).toBeCloseTo(Math.sqrt(8 / 9), 12);
    expect(uniformEntropy(3, false)).toEqual([Math.log(3), Math.log(3), Math.log(3)]);
    expect(uniformEntropy(3, true)).toEqual([0, Math.log(2), Math.log(3)]);
    expect(tableRows(['a'], [[-1e9, 0.5]], [0.1])).toEqual([['1 a', '−∞', 0.5, 0.1]]);
  });
});
