/**
 * The memory calculator against the book's own numbers (content/faq.mdx #faqx-memory and
 * content/concepts.mdx #cc-memory, read from the files) and against hand-computed values of the
 * formulas' sources (ZeRO's 16 bytes, Korthikanti et al.'s activations, the KV cache).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetOf } from '@/lib/models/arch-presets';
import { countParams } from '@/lib/models/architectures';
import { GB, GIB, activationBytes, activationBytesPerLayer, bytesPerParam, gpusNeeded, inferenceMemory, kvCacheBytes, sumBytes, trainingMemory } from '@/lib/demos/train-memory/memory';
import { compute, normalize, PARAMS } from '@/lib/demos/train-memory/params';
import { defaults } from '@/lib/demos/params';

const faq = fs.readFileSync('content/faq.mdx', 'utf8');
const concepts = fs.readFileSync('content/concepts.mdx', 'utf8');
const gpt3 = presetOf('gpt3')!.arch;
const N = 1.75e11; // the paper's headline count, which the chapters use

/** A row of the FAQ's table: its cells after the first. */
function faqRow(start: string): string[] {
  const line = faq.split('\n').find((l) => l.startsWith(`| ${start}`));
  expect(line, start).toBeDefined();
  return line!.split('|').slice(2, -1).map((c) => c.trim());
}
const gpusIn = (cell: string) => Number(/^(\d+) 块/.exec(cell)![1]);

describe('the FAQ’s table (#faqx-memory)', () => {
  it('inference, fp16: 2 bytes, 350 GB (326 GiB), 5 GPUs of 80 GB (4.4 rounded up)', () => {
    const [bytes, total, gpus] = faqRow('推理：fp16');
    const w = sumBytes(inferenceMemory({ params: N, weightBytes: Number(bytes), arch: gpt3, context: 0, batch: 1, kvBytes: 2 }));
    expect(total).toBe(`${w / GB} GB（约 ${Math.round(w / GIB)} GiB）`);
    expect(gpus).toBe(`${gpusNeeded(w, 80)} 块（${(w / GB / 80).toFixed(1)} 向上取整）`);
  });

  it('inference, int8: 1 byte, 175 GB, 3 GPUs', () => {
    const [bytes, total, gpus] = faqRow('推理：8 位');
    const w = sumBytes(inferenceMemory({ params: N, weightBytes: Number(bytes), arch: gpt3, context: 0, batch: 1, kvBytes: 2 }));
    expect(total).toBe(`${w / GB} GB`);
    expect(gpusIn(gpus)).toBe(gpusNeeded(w, 80));
  });

  it('training with mixed-precision Adam: 16 bytes, 2.8 TB, 35 GPUs (activations aside)', () => {
    const [bytes, total, gpus] = faqRow('训练：混合精度');
    expect(Number(bytes)).toBe(bytesPerParam('mixed'));
    const state = sumBytes(trainingMemory({ params: N, precision: 'mixed', arch: gpt3, seq: 2048, batch: 1, recompute: 'full' }).filter((x) => x.key !== 'act'));
    expect(total).toBe(`${state / 1e12} TB`);
    expect(gpusIn(gpus)).toBe(gpusNeeded(state, 80));
  });

  it('the same GPU counts from the exact count 174.6 B', () => {
    const r = (v: Partial<ReturnType<typeof defaults<typeof PARAMS>>>) => compute({ ...defaults(PARAMS), model: 'gpt3', ...v });
    expect(r({ mode: 'infer', weights: 'fp16', seq: 16 }).gpus).toBe(5);
    expect(r({ mode: 'infer', weights: 'int8', seq: 16 }).gpus).toBe(3);
    const t = r({ mode: 'train' });
    expect(gpusNeeded(sumBytes(t.items.filter((x) => x.key !== 'act')), 80)).toBe(35);
  });
});

describe('chapter 2’s table (#cc-memory)', () => {
  it('2 + 2 + 4 + 4 + 4 = 16 bytes, 2.8 TB, 35 cards of 80 GB', () => {
    const rows = concepts.split('\n').filter((l) => /^\| (参数|梯度|参数的主副本|Adam 一阶矩（动量）|Adam 二阶矩（方差）) \| fp(16|32) \|/.test(l));
    expect(rows.map((l) => Number(l.split('|')[3].trim()))).toEqual([2, 2, 4, 4, 4]);
    expect(bytesPerParam('mixed')).toBe(16);
    expect(concepts).toContain('1.75 \\times 10^{11} \\times 16\\ \\text{B} = 2.8\\ \\text{TB}$，相当于 35 块 80 GB');
    expect(gpusNeeded(N * 16, 80)).toBe(35);
  });
});

describe('the formulas, by hand', () => {
  it('fp32 Adam also keeps 16 bytes a parameter', () => expect(bytesPerParam('fp32')).toBe(16));

  it('GPT-3 activations at s = 2048, b = 1: 114·s·h a layer, 34·s·h selective, 2·s·h full', () => {
    const sh = 2048 * 12288;
    expect(activationBytesPerLayer(gpt3, 2048, 1, 'none')).toBe(sh * (34 + (5 * 96 * 2048) / 12288));
    expect(activationBytesPerLayer(gpt3, 2048, 1, 'none')).toBe(sh * 114);
    expect(activationBytes(gpt3, 2048, 1, 'selective')).toBe(96 * 34 * sh);
    expect(activationBytes(gpt3, 2048, 4, 'full')).toBe(96 * 2 * sh * 4);
    // about 275 GB without recomputation: the FAQ's "几十到几百 GB"
    expect(Math.round(activationBytes(gpt3, 2048, 1, 'none') / GB)).toBe(275);
  });

  it('LLaMA-7B’s KV cache: 0.5 MiB a token in fp16, 1 GiB for 2048 tokens', () => {
    const llama = presetOf('llama-7b')!.arch;
    expect(kvCacheBytes(llama, 1, 1, 2)).toBe(2 ** 19);
    expect(kvCacheBytes(llama, 2048, 3, 2)).toBe(3 * GIB);
  });

  it('GPU counts round up, and never go below one', () => {
    expect(gpusNeeded(80 * GB, 80)).toBe(1);
    expect(gpusNeeded(80 * GB + 1, 80)).toBe(2);
    expect(gpusNeeded(1, 80)).toBe(1);
  });

  it('the mini GPT trains in a few MB', () => {
    const r = compute({ ...defaults(PARAMS), model: 'mini-gpt', seq: 64 });
    expect(r.params).toBe(countParams(presetOf('mini-gpt')!.arch).total);
    expect(r.items[0].bytes).toBe(2 * 470496);
    expect(r.gpus).toBe(1);
  });

  it('a sequence longer than a learned-position model reads is cut, with a notice', () => {
    const n = normalize({ ...defaults(PARAMS), model: 'gpt2', seq: 4096 });
    expect(n.values.seq).toBe(1024);
    expect(n.notices[0]).toMatch('1024');
    const llama = { ...defaults(PARAMS), model: 'llama-7b', seq: 4096 };
    expect(normalize(llama).values).toBe(llama);
  });
});

describe('what the chapter asks the reader to try (#faqx-memory)', () => {
  const run = (v: Partial<ReturnType<typeof defaults<typeof PARAMS>>>) => compute({ ...defaults(PARAMS), ...v });
  it('batch 16: the activations overtake the training state; full recomputation brings them back to tens of GB', () => {
    expect(faq).toContain('批大小调到 16');
    const r = run({ batch: 16 });
    const state = 16 * r.params;
    expect(r.activations.none).toBeGreaterThan(state);
    expect(run({ batch: 8 }).activations.none).toBeLessThan(state);
    expect(r.activations.full / GB).toBeGreaterThan(10);
    expect(r.activations.full / GB).toBeLessThan(100);
  });
  it('inference with 32 sequences of 2048: the KV cache nears the weights', () => {
    expect(faq).toContain('调到 32，KV 缓存就接近权重本身');
    const [weights, kv] = run({ mode: 'infer', batch: 32 }).items.map((x) => x.bytes);
    expect(kv / weights).toBeGreaterThan(0.85);
    expect(kv / weights).toBeLessThan(1);
  });
});
