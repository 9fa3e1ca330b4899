/**
 * The size calculator's counts against the published figures (docs/model-sizes.md): exact where
 * Hugging Face's model or the book's manifest gives one, within 1–1.5 % of a paper's rounded
 * headline; and against the chapter's worked example (content/overview.mdx, #ov-scale).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAPER_FIGURES, PRESETS, matchPreset, presetOf } from '@/lib/models/arch-presets';
import { archProblem, countParams, estimate12 } from '@/lib/models/architectures';
import { countParameters } from '@/lib/models/config';

const manifest = JSON.parse(fs.readFileSync('public/models/gpt.json', 'utf8')) as {
  config: { vocabSize: number; ctx: number; dModel: number; nLayers: number; nHeads: number; dFF: number; causal: boolean };
  parameters: number;
};

describe('published parameter counts', () => {
  it.each(PRESETS.filter((p) => p.exact).map((p) => [p.label, p] as const))('%s: exact', (_, p) => {
    expect(countParams(p.arch).total).toBe(p.published);
  });

  it('the figures the presets carry are the published ones, typed in again here', () => {
    const typed = { gpt2: 124_439_808, 'gpt2-medium': 354_823_168, 'gpt2-large': 774_030_080, 'gpt2-xl': 1_557_611_200, 'llama-7b': 6_738_415_616, 'bert-base': 109_482_240, 'bert-large': 335_141_888 };
    for (const [key, n] of Object.entries(typed)) expect(countParams(presetOf(key)!.arch).total, key).toBe(n);
  });

  it('the book’s mini GPT has the shipped model’s count and shape', () => {
    const p = presetOf('mini-gpt')!;
    const c = manifest.config;
    expect([p.arch.vocab, p.arch.ctx, p.arch.dModel, p.arch.layers, p.arch.heads, p.arch.dFF]).toEqual([c.vocabSize, c.ctx, c.dModel, c.nLayers, c.nHeads, c.dFF]);
    expect(countParams(p.arch).total).toBe(manifest.parameters);
    // and the model code's own list of tensors agrees
    expect(countParameters(c)).toBe(manifest.parameters);
  });

  it('GPT-3 within 1 % of 175B; BERT within 1 % (Base) and 1.5 % (Large) of the paper’s 110M / 340M', () => {
    const rel = (key: string) => Math.abs(countParams(presetOf(key)!.arch).total / PAPER_FIGURES[key] - 1);
    expect(rel('gpt3')).toBeLessThan(0.01);
    expect(rel('bert-base')).toBeLessThan(0.01);
    // 335.1M counted by Hugging Face against the paper's rounded "340M": 1.4 % (docs/model-sizes.md)
    expect(rel('bert-large')).toBeLessThan(0.015);
    expect(rel('bert-large')).toBeGreaterThan(0.01);
  });

  it('every preset is a possible shape and is recognised from its fields', () => {
    for (const p of PRESETS) {
      expect(archProblem(p.arch), p.key).toBeNull();
      expect(matchPreset({ ...p.arch })?.key).toBe(p.key);
    }
    expect(matchPreset({ ...presetOf('gpt2')!.arch, layers: 13 })).toBeUndefined();
    expect(archProblem({ ...presetOf('gpt2')!.arch, heads: 7 })).toMatch('不能被头数 7 整除');
  });
});

describe('the components, counted by hand', () => {
  it('GPT-2 small, tensor by tensor', () => {
    const b = countParams(presetOf('gpt2')!.arch);
    const d = 768;
    expect(b.tokens).toBe(50257 * d);
    expect(b.positions).toBe(1024 * d);
    expect(b.attention).toBe(12 * (4 * d * d));
    expect(b.mlp).toBe(12 * (2 * d * 4 * d));
    expect(b.norms).toBe(25 * 2 * d);
    expect(b.biases).toBe(12 * (3 * d + d + 4 * d + d));
    expect(b.head + b.pooler).toBe(0);
  });

  it('LLaMA-7B: SwiGLU, RMSNorm, an untied head, no biases, no position table', () => {
    const b = countParams(presetOf('llama-7b')!.arch);
    expect(b.mlp).toBe(32 * 3 * 4096 * 11008);
    expect(b.norms).toBe(65 * 4096);
    expect(b.head).toBe(32000 * 4096);
    expect(b.biases + b.positions).toBe(0);
  });

  it('BERT-Base: token types, the embedding LayerNorm and the pooler', () => {
    const b = countParams(presetOf('bert-base')!.arch);
    expect(b.positions).toBe((512 + 2) * 768);
    expect(b.pooler).toBe(768 * 768 + 768);
  });
});

describe('chapter 1’s worked example (#ov-scale)', () => {
  const prose = fs.readFileSync('content/overview.mdx', 'utf8');
  const gpt3 = presetOf('gpt3')!.arch;
  const b = countParams(gpt3);

  it('12·L·d² and V·d as the chapter writes them', () => {
    expect(prose).toContain('12 \\times 96 \\times 12288^2 = 173{,}946{,}175{,}488');
    expect(estimate12(gpt3)).toBe(173_946_175_488);
    expect(prose).toContain('50257 \\times 12288 = 617{,}558{,}016');
    expect(b.tokens).toBe(617_558_016);
  });

  it('the exact total 174.60 B, and positions, biases and norms about 0.04 B', () => {
    expect(prose).toContain('174.60 B');
    expect((b.total / 1e9).toFixed(2)).toBe('174.60');
    expect(prose).toContain('约 0.04 B');
    expect(((b.positions + b.biases + b.norms) / 1e9).toFixed(2)).toBe('0.04');
  });
});

describe('what the chapter asks the reader to try (#ov-scale)', () => {
  const prose = fs.readFileSync('content/overview.mdx', 'utf8');
  it('the mini GPT: embeddings over a quarter, the 12·L·d² estimate about 30 % low', () => {
    expect(prose).toContain('词嵌入一下子占了四分之一以上，估算就偏低了约三成');
    const a = presetOf('mini-gpt')!.arch;
    const b = countParams(a);
    expect(b.tokens / b.total).toBeGreaterThan(0.25);
    expect(b.tokens / b.total).toBeLessThan(0.3);
    expect(Math.round((10 * (b.total - estimate12(a))) / b.total)).toBe(3);
  });
  it('GPT-3: attention and MLP fill almost all of it', () => {
    const b = countParams(presetOf('gpt3')!.arch);
    expect((b.attention + b.mlp) / b.total).toBeGreaterThan(0.99);
  });
});
