/**
 * The mini-BERT demo's logic: its parameter table and URL state, masking, the notices about unknown
 * characters and truncation (on the shipped vocabulary), where the original character ranks, and
 * that the computations the view runs (full-ranking fillMask, classify) agree with the library's own
 * top 5 and leave no tensor behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify, encodeForBert, fillMask, type EncoderModel } from '@/lib/models/bert';
import { decode, defaults, encode } from '@/lib/demos/params';
import {
  PARAMS as P, TOP_K, argMax, droppedMasksNotice, inputNotices, maskedText, percent, rankOf, sentenceChars,
  shownChar, splitMasks, toggleMask,
} from '@/lib/demos/mini-bert/params';
import { miniModel } from '@/lib/models/mini-model';
import { demoInfo } from '@/lib/demos/registry';
import { loadShippedModel } from '../../models/shipped';

let model: EncoderModel;
beforeAll(async () => {
  model = miniModel(await loadShippedModel('bert'));
});

describe('mini-BERT parameters', () => {
  it('has defaults that write nothing to the URL and fit the model', () => {
    const d = defaults(P);
    expect(demoInfo('mini-bert')?.aliases).toEqual(['bert']);
    expect(decode(P, '', 'bert')).toEqual({ values: d, notices: [] });
    expect(encode(P, d, 'bert')).toBe('');
    for (const text of [d.text, d.cls]) {
      const input = encodeForBert(model.vocab, text, model.config.ctx);
      expect(inputNotices(input, model.config.ctx - 1)).toEqual([]);
    }
    expect(splitMasks(d.masks, Array.from(d.text).length).dropped).toEqual([]);
  });

  it('round-trips masks through the URL, and keeps out-of-range ones for the view to drop', () => {
    const values = { ...defaults(P), masks: [0, 5, 12] };
    const search = encode(P, values, 'bert');
    expect(search).toContain('bert.masks=0%2C5%2C12');
    expect(decode(P, search, 'bert')).toEqual({ values, notices: [] });
    expect(decode(P, '?bert.masks=3,-1,99', 'bert')).toEqual({ values: { ...defaults(P), masks: [3, -1, 99] }, notices: [] });
    expect(decode(P, '?bert.masks=a,b', 'bert').notices).toHaveLength(1);
  });
});

describe('masking', () => {
  it('splits positions into those the sentence has and those it does not', () => {
    expect(splitMasks([7, 3, 3, 20, -1], 10)).toEqual({ kept: [3, 7], dropped: [-1, 20] });
    expect(droppedMasksNotice([-1, 20], 10)).toBe('遮住的位置 \u22121、20 超出了句子（位置从 0 数到 9），已忽略');
    expect(droppedMasksNotice([], 10)).toBeNull();
  });

  it('toggles a position and writes [MASK] in its place', () => {
    expect(toggleMask([3], 1)).toEqual([1, 3]);
    expect(toggleMask([1, 3], 3)).toEqual([1]);
    expect(maskedText(Array.from('反向传播'), [1, 3])).toBe('反[MASK]传[MASK]');
  });

  it('removes a literal [MASK] typed into the sentence, and counts code points', () => {
    expect(sentenceChars('反向[MASK]传播')).toEqual({ chars: ['反', '向', '传', '播'], hadMaskText: true });
    expect(sentenceChars('a😀b').chars).toEqual(['a', '😀', 'b']);
    expect(shownChar(' ')).toBe('␣');
    expect(shownChar('猫')).toBe('猫');
  });
});

describe('notices', () => {
  it('names unknown characters and the number cut off', () => {
    const input = encodeForBert(model.vocab, `😀${'梯'.repeat(70)}`, model.config.ctx);
    const notices = inputNotices(input, model.config.ctx - 1);
    expect(notices).toEqual(['模型的字表里没有 「😀」，这些字按 [UNK]（未知字符）输入。', '模型一次最多读 63 个字，后面的 8 个字被截掉了。']);
  });
});

describe('what the view computes', () => {
  it('shows the same top 5 as fillMask(k = 5), and finds the original character rank', async () => {
    const text = maskedText(Array.from(defaults(P).text), defaults(P).masks);
    const full = await fillMask(model, text, model.config.vocabSize);
    const five = await fillMask(model, text, TOP_K);
    expect(full.map((f) => f.position)).toEqual(defaults(P).masks);
    full.forEach((f, i) => {
      expect(f.top).toHaveLength(model.config.vocabSize);
      expect(f.top.slice(0, TOP_K)).toEqual(five[i].top);
      const r = rankOf(f.top, '播');
      expect(r).not.toBeNull();
      expect(f.top[r!.rank - 1].token).toBe('播');
      expect(f.top.reduce((sum, c) => sum + c.p, 0)).toBeCloseTo(1, 4);
    });
    expect(rankOf(full[0].top, '😀')).toBeNull();
  });

  it('classifies into the 10 chapters with probabilities that sum to 1', async () => {
    const c = await classify(model, [defaults(P).cls]);
    expect(c.id2label).toHaveLength(10);
    expect(c.probs[0].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(c.probs[0][argMax(c.probs[0])]).toBe(Math.max(...c.probs[0]));
    expect(argMax([0.1, 0.5, 0.5])).toBe(1);
    expect(percent(0.12345)).toBe('12.35%');
  });

  it('leaves no tensor behind over 80 runs', async () => {
    const before = tf.memory().numTensors;
    const chars = Array.from(defaults(P).text);
    for (let i = 0; i < 40; i++) {
      await fillMask(model, maskedText(chars, [i % chars.length]), model.config.vocabSize);
      await classify(model, [chars.slice(0, 1 + (i % chars.length)).join('')]);
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
