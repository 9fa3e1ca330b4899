/** The size calculator's spec (heads that divide d_model, presets as values) and its units. */
import { describe, expect, it } from 'vitest';
import { decode, defaults } from '@/lib/demos/params';
import { PARAMS, fitHeads, fromArch, normalize, toArch } from '@/lib/demos/model-size/params';
import { bytesText, chineseCount, countText, share } from '@/lib/demos/model-size/units';
import { PRESETS, matchPreset } from '@/lib/models/arch-presets';

describe('model-size spec', () => {
  it('defaults to GPT-3 175B, and every preset round-trips through the values', () => {
    expect(matchPreset(toArch(defaults(PARAMS)))?.key).toBe('gpt3');
    for (const p of PRESETS) expect(toArch(fromArch(p.arch))).toEqual(p.arch);
  });

  it('every preset fits the sliders’ ranges and steps', () => {
    for (const p of PRESETS) {
      const v = fromArch(p.arch);
      for (const key of ['layers', 'd', 'heads', 'vocab', 'ctx', 'ff', 'types'] as const) {
        const s = PARAMS[key];
        const step = 'step' in s ? s.step : 1;
        expect(v[key], `${p.key}.${key}`).toBeGreaterThanOrEqual(s.min);
        expect(v[key], `${p.key}.${key}`).toBeLessThanOrEqual(s.max);
        expect((v[key] - s.min) % step, `${p.key}.${key} on the slider's grid`).toBe(0);
      }
    }
  });

  it('heads that do not divide d_model become the nearest smaller count that does, with a notice', () => {
    expect(fitHeads(768, 13)).toBe(12);
    expect(fitHeads(96, 5)).toBe(4);
    expect(fitHeads(1600, 24)).toBe(20);
    const n = normalize({ ...defaults(PARAMS), d: 768, heads: 13 });
    expect(n.values.heads).toBe(12);
    expect(n.notices[0]).toContain('头数改为 12');
    const ok = defaults(PARAMS);
    expect(normalize(ok).values).toBe(ok);
  });

  it('a link carries a preset’s shape', () => {
    const { values } = decode(PARAMS, '?model-size.layers=32&model-size.d=4096&model-size.heads=32&model-size.ff=11008&model-size.vocab=32000&model-size.pos=none&model-size.mlp=swiglu&model-size.norm=rmsnorm&model-size.bias=0&model-size.tied=0', 'model-size');
    expect(matchPreset(toArch(values))?.key).toBe('llama-7b');
  });
});

describe('units', () => {
  it('counts, bytes, Chinese counts and shares', () => {
    expect(countText(470496)).toBe('470.5 K');
    expect(countText(124_439_808)).toBe('124.4 M');
    expect(countText(174_604_259_328)).toBe('174.6 B');
    expect(countText(12)).toBe('12');
    expect(bytesText(3.5e11)).toBe('350.0 GB');
    expect(bytesText(2.8e12, 2)).toBe('2.8 TB');
    expect(bytesText(512)).toBe('512 B');
    expect(chineseCount(174_604_259_328)).toBe('1746 亿');
    expect(chineseCount(470496)).toBe('47.05 万');
    expect(share(0.664)).toBe('66.4%');
    expect(share(0.0035)).toBe('0.35%');
    expect(share(1e-6)).toBe('<0.01%');
    expect(share(0)).toBe('0');
  });
});
