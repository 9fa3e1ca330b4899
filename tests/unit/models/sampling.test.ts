/** Sampling semantics: temperature, top_p, seeds, n, stop and max_tokens, checked on exact cases. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '@/lib/compute/random';
import { checkCompletionParams, complete, generate, type CompletionParams } from '@/lib/models/gpt';
import { argmax, chooseToken, softmaxT, topPFilter } from '@/lib/models/sampling';
import { disposeParams } from '@/lib/models/transformer';
import { expectClose, tf, useCpu } from '../compute/setup';
import { tinyConfig, tinyParams, tinyVocab } from './tiny';

beforeAll(useCpu);

// The chapter's worked example (§3.1 采样参数): logits whose softmax at T = 1 is 0.6095, 0.2242, 0.1360, 0.0303.
const LOGITS = [2, 1, 0.5, -1];

describe('one draw', () => {
  it('softmax with temperature matches the chapter’s numbers', () => {
    expectClose(softmaxT(LOGITS, 1), [0.6095, 0.2242, 0.136, 0.0303], 1e-4);
    const p = softmaxT(LOGITS, 0.5);
    const e = LOGITS.map((l) => Math.exp(l / 0.5));
    expectClose(p, e.map((v) => v / e.reduce((a, b) => a + b, 0)), 1e-12);
  });

  it('top_p keeps the smallest set whose probability reaches p, renormalised', () => {
    const p = softmaxT(LOGITS, 1);
    const f9 = topPFilter(p, 0.9);
    expect(f9.kept).toBe(3);
    expectClose(f9.probs, [0.6285, 0.2312, 0.1402, 0], 1e-4);
    const f5 = topPFilter(p, 0.5);
    expect(f5.kept).toBe(1);
    expectClose(f5.probs, [1, 0, 0, 0], 0);
    expect(topPFilter(p, 1).kept).toBe(4);
    expect(() => topPFilter(p, 0)).toThrow(/top_p/);
  });

  it('temperature 0 is the argmax, and a tiny temperature agrees with it', () => {
    const rng = createRng(1);
    expect(chooseToken(LOGITS, { temperature: 0, topP: 1 }, rng).id).toBe(0);
    expect(chooseToken([0.1, 3, 2.9], { temperature: 0, topP: 1 }, rng).id).toBe(1);
    for (let i = 0; i < 50; i++) expect(chooseToken([0.1, 3, 2.9], { temperature: 1e-3, topP: 1 }, rng).id).toBe(1);
    expect(argmax([5, 9, 1], [1])).toBe(0);
  });

  it('draws follow the sampling distribution and never leave the top_p set', () => {
    const rng = createRng(42);
    const counts = [0, 0, 0, 0];
    const N = 20000;
    for (let i = 0; i < N; i++) counts[chooseToken(LOGITS, { temperature: 1, topP: 0.9 }, rng).id]++;
    expect(counts[3]).toBe(0);
    // within 4 standard deviations of N·p
    [0.6285, 0.2312, 0.1402].forEach((p, i) => expect(Math.abs(counts[i] - N * p)).toBeLessThan(4 * Math.sqrt(N * p * (1 - p))));
  });

  it('banned ids are never chosen', () => {
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) expect(chooseToken([9, 0, 0], { temperature: 1, topP: 1, banned: [0] }, rng).id).not.toBe(0);
  });
});

describe('completions with the mini GPT', () => {
  const config = tinyConfig(true);
  const vocab = tinyVocab();
  const base: CompletionParams = { prompt: '梯度', max_tokens: 12, n: 1, stop: null, temperature: 1, top_p: 1, seed: 11 };

  async function run(over: Partial<CompletionParams>) {
    const params = tinyParams(config, 2);
    try {
      return await complete({ params, config, vocab }, { ...base, ...over });
    } finally {
      disposeParams(params);
    }
  }

  it('a fixed seed repeats; another seed differs; choice 0 does not depend on n', async () => {
    const a = await run({});
    const b = await run({});
    const c = await run({ seed: 12 });
    const three = await run({ n: 3 });
    expect(a.choices[0].text).toBe(b.choices[0].text);
    expect(c.choices[0].text).not.toBe(a.choices[0].text);
    expect(three.choices).toHaveLength(3);
    expect(three.choices[0].text).toBe(a.choices[0].text);
    expect(new Set(three.choices.map((ch) => ch.text)).size).toBeGreaterThan(1);
  });

  it('temperature 0 gives the same text for every seed and choice, token by token the argmax', async () => {
    const greedy = await run({ temperature: 0, n: 2 });
    const other = await run({ temperature: 0, seed: 999 });
    expect(greedy.choices[1].text).toBe(greedy.choices[0].text);
    expect(other.choices[0].text).toBe(greedy.choices[0].text);
    const params = tinyParams(config, 2);
    for await (const step of generate({ params, config, vocab }, { ...base, temperature: 0 })) {
      expect(step.sampled[0].id).toBe(step.top[0].id);
      expect(step.id).toBe(step.top[0].id);
    }
    disposeParams(params);
  });

  it('max_tokens ends with finish_reason "length" after exactly that many tokens', async () => {
    const r = await run({ max_tokens: 7 });
    expect(r.choices[0].finish_reason).toBe('length');
    expect(r.usage.completion_tokens).toBe(7);
    expect(Array.from(r.choices[0].text).length).toBe(7);
  });

  it('stop ends a completion before the stop sequence, with finish_reason "stop"', async () => {
    const free = (await run({ temperature: 0, max_tokens: 12 })).choices[0].text;
    const chars = Array.from(free);
    const stop = chars[4];
    const cutAt = chars.indexOf(stop);
    const r = await run({ temperature: 0, max_tokens: 12, stop: [stop] });
    expect(r.choices[0].finish_reason).toBe('stop');
    expect(r.choices[0].text).toBe(chars.slice(0, cutAt).join(''));
    expect(r.usage.completion_tokens).toBe(cutAt + 1);
    // a two-character stop sequence is found across tokens
    const two = chars.slice(2, 4).join('');
    const r2 = await run({ temperature: 0, max_tokens: 12, stop: two });
    expect(r2.choices[0].text).toBe(free.slice(0, free.indexOf(two)));
  });

  it('special tokens are never generated; unknown prompt characters are reported', async () => {
    const r = await run({ prompt: '梯度X爱', max_tokens: 30 });
    expect(r.unknown).toEqual(['X', '爱']);
    expect(r.choices[0].text).not.toMatch(/\[|\ufffd/);
  });

  it('bad parameters are refused with a message naming them', () => {
    expect(() => checkCompletionParams({ ...base, max_tokens: 0 })).toThrow(/max_tokens/);
    expect(() => checkCompletionParams({ ...base, n: 6 })).toThrow(/^n /);
    expect(() => checkCompletionParams({ ...base, temperature: -1 })).toThrow(/temperature/);
    expect(() => checkCompletionParams({ ...base, top_p: 1.5 })).toThrow(/top_p/);
    expect(() => checkCompletionParams({ ...base, stop: ['a', 'b', 'c', 'd', 'e'] })).toThrow(/stop/);
    expect(() => checkCompletionParams({ ...base, stop: [''] })).toThrow(/stop/);
    expect(checkCompletionParams({ ...base, stop: '。' })).toEqual(['。']);
  });

  it('no tensor is left behind after 1,000 generated tokens (with attention read back)', async () => {
    const params = tinyParams(config, 5);
    const before = tf.memory().numTensors;
    let tokens = 0;
    for (let i = 0; i < 4; i++) {
      for await (const step of generate({ params, config, vocab }, { ...base, max_tokens: 250, seed: i }, { attention: true })) {
        tokens++;
        expect(step.attention).toHaveLength(2);
        expect(step.attention![0][0].length).toBe(step.context.length);
      }
    }
    expect(tokens).toBe(1000);
    expect(tf.memory().numTensors).toBe(before);
    disposeParams(params);
  });
});

describe('topK', () => {
  it('equals a full sort, ties broken by the lower id', async () => {
    const { topK, rankIds } = await import('@/lib/models/sampling');
    const rng = createRng(8);
    for (let trial = 0; trial < 50; trial++) {
      const probs = Array.from({ length: 40 }, () => Math.round(rng.next() * 20) / 20);
      expect(topK(probs, 5)).toEqual(rankIds(probs).slice(0, 5).map((id) => ({ id, p: probs[id] })));
    }
  });
});
