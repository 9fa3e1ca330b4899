/**
 * The "train from scratch" demo's presets, the wait to the next sample, and when it pauses by
 * itself (off the screen, tab hidden) and resumes. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { defaults, encode } from '@/lib/demos/params';
import { formatWait, matchPreset, nextSampleStep, PARAMS, secondsToNextSample, TRAIN_PRESETS, trainSetup } from '@/lib/demos/gpt-train/params';
import { autoPause, holdReason } from '@/lib/demos/gpt-train/pause';

const presetValues = (key: string) => ({ ...defaults(PARAMS), ...TRAIN_PRESETS.find((p) => p.key === key)!.values });

describe('presets', () => {
  it('快速 is one layer, d_model 32, 4 heads, context 16, batch 16, lr 0.01, 600 steps; the seed is kept', () => {
    const v = { ...presetValues('quick'), seed: 5 };
    expect(trainSetup(v)).toEqual({ nLayers: 1, dModel: 32, nHeads: 4, ctx: 16, batch: 16, learningRate: 0.01, totalSteps: 600, seed: 5 });
    expect(matchPreset(v)?.key).toBe('quick');
    expect(encode(PARAMS, v, 'gpt-train')).toBe('?gpt-train.layers=1&gpt-train.d=32&gpt-train.ctx=16&gpt-train.lr=0.01&gpt-train.steps=600&gpt-train.seed=5');
  });

  it('标准 is the defaults (2 layers, d_model 48, context 32, lr 3e-3, 2000 steps), so a link without parameters shows it', () => {
    expect(matchPreset(defaults(PARAMS))?.key).toBe('standard');
    expect(presetValues('standard')).toEqual({ layers: 2, d: '48', heads: 4, ctx: 32, batch: 16, lr: 3e-3, steps: 2000, seed: 1 });
  });

  it('a changed field makes it 自定义 (no preset)', () => {
    expect(matchPreset({ ...presetValues('quick'), lr: 0.02 })).toBeNull();
    expect(matchPreset({ ...defaults(PARAMS), steps: 2100 })).toBeNull();
    expect(matchPreset({ ...defaults(PARAMS), d: '32' })).toBeNull();
  });
});

describe('the wait to the next sample', () => {
  it('samples fall on multiples of 100 up to the last step', () => {
    expect(nextSampleStep(0, 600)).toBe(100);
    expect(nextSampleStep(99, 600)).toBe(100);
    expect(nextSampleStep(100, 600)).toBe(200);
    expect(nextSampleStep(550, 600)).toBe(600);
    expect(nextSampleStep(600, 600)).toBeNull();
    expect(nextSampleStep(750, 700)).toBeNull(); // total steps lowered below the step reached
  });

  it('is the steps to it over the measured rate; null before a rate or after the last sample', () => {
    expect(secondsToNextSample(40, 600, 30)).toBe(2); // 60 steps at 30 steps/s
    expect(secondsToNextSample(130, 2000, 4)).toBe(17.5); // 70 steps at 4 steps/s
    expect(secondsToNextSample(40, 600, null)).toBeNull();
    expect(secondsToNextSample(40, 600, 0)).toBeNull();
    expect(secondsToNextSample(40, 600, Number.NaN)).toBeNull();
    expect(secondsToNextSample(600, 600, 30)).toBeNull();
  });

  it('reads 约 2.5 秒 under ten seconds, whole seconds above, — without a figure', () => {
    expect(formatWait(2.5)).toBe('约 2.5 秒');
    expect(formatWait(0.04)).toBe('约 0.0 秒');
    expect(formatWait(17.5)).toBe('约 18 秒');
    expect(formatWait(null)).toBe('—');
  });
});

describe('pausing by itself', () => {
  it('holds training when the tab is hidden (first) or the demo is off the screen', () => {
    expect(holdReason(true, true)).toBeNull();
    expect(holdReason(true, false)).toBe('offscreen');
    expect(holdReason(false, true)).toBe('hidden');
    expect(holdReason(false, false)).toBe('hidden');
  });

  it('pauses a playing run, and resumes it when the reason is gone', () => {
    expect(autoPause(true, null, 'offscreen')).toEqual({ heldFor: 'offscreen', play: false });
    expect(autoPause(false, 'offscreen', 'hidden')).toEqual({ heldFor: 'hidden' }); // scrolled away, then switched tabs
    expect(autoPause(false, 'hidden', null)).toEqual({ heldFor: null, play: true });
  });

  it('leaves a run the reader paused (or never started) alone', () => {
    expect(autoPause(false, null, 'offscreen')).toEqual({ heldFor: null });
    expect(autoPause(false, null, null)).toEqual({ heldFor: null });
    expect(autoPause(true, null, null)).toEqual({ heldFor: null });
  });
});
