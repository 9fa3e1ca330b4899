/**
 * The attention-masks demo: its parameter table, the checks it shows (above-diagonal total, row sums)
 * on hand-made maps, and on the shipped models: every GPT map is exactly 0 above the diagonal, the
 * BERT maps are not, every row sums to 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bertAttention } from '@/lib/models/bert';
import { attentionMaps } from '@/lib/models/transformer';
import type { LoadedModel } from '@/lib/models/weights';
import { decode, defaults, encode } from '@/lib/demos/params';
import {
  PARAMS as P, MAX_CHARS, aboveDiagonalMax, aboveDiagonalSum, cellSize, formatCheck, maxAboveDiagonalAll, moveCell,
  rowMaxOf, rowSumError, toRows, weightColor,
} from '@/lib/demos/attention-masks/params';
import { parseCssColor } from '@/lib/demos/color';
import { miniModel } from '@/lib/models/mini-model';
import { demoInfo } from '@/lib/demos/registry';
import { loadShippedModel } from '../../models/shipped';

let gpt: LoadedModel;
let bert: LoadedModel;
beforeAll(async () => {
  gpt = await loadShippedModel('gpt');
  bert = await loadShippedModel('bert');
});

describe('attention-masks parameters', () => {
  it('has defaults that write nothing and fit both models', () => {
    const d = defaults(P);
    expect(demoInfo('attention-masks')?.aliases).toEqual(['am']);
    expect(encode(P, d, 'am')).toBe('');
    expect(gpt.vocab.encode(d.text).unknown).toEqual([]);
    expect(P.layer.max).toBe(Math.min(gpt.manifest.config.nLayers, bert.manifest.config.nLayers));
    expect(P.head.max).toBe(Math.min(gpt.manifest.config.nHeads, bert.manifest.config.nHeads));
    expect(MAX_CHARS + 1).toBeLessThanOrEqual(Math.min(gpt.manifest.config.ctx, bert.manifest.config.ctx));
  });

  it('clamps a bad layer and cuts a long sentence, with notices', () => {
    const { values, notices } = decode(P, `?am.layer=9&am.head=0&am.text=${'字'.repeat(80)}`, 'am');
    expect(values.layer).toBe(3);
    expect(values.head).toBe(1);
    expect(Array.from(values.text)).toHaveLength(MAX_CHARS);
    expect(notices).toHaveLength(3);
  });
});

describe('checks on a map', () => {
  const causal = new Float32Array([1, 0, 0, 0.5, 0.5, 0, 0.2, 0.3, 0.5]);
  const full = new Float32Array([0.5, 0.25, 0.25, 0.1, 0.6, 0.3, 0.2, 0.2, 0.6]);

  it('sums and maxes the weights above the diagonal', () => {
    expect(aboveDiagonalSum(causal, 3)).toBe(0);
    expect(aboveDiagonalSum(full, 3)).toBeCloseTo(0.8, 6);
    expect(aboveDiagonalMax(full, 3)).toBeCloseTo(0.3, 6);
    expect(maxAboveDiagonalAll([[causal, causal]], 3)).toBe(0);
    expect(maxAboveDiagonalAll([[causal], [full]], 3)).toBeCloseTo(0.3, 6);
  });

  it('measures row sums and lays out rows', () => {
    expect(rowSumError(causal, 3)).toBeLessThan(1e-6);
    expect(rowSumError(new Float32Array([1, 1, 0, 1]), 2)).toBeCloseTo(1, 6);
    expect(toRows(causal, 3)[2]).toEqual([causal[6], causal[7], causal[8]]);
    expect(rowMaxOf(causal, 3, 2)).toBeCloseTo(0.5, 6);
    expect(rowMaxOf(new Float32Array(4), 2, 0)).toBeGreaterThan(0);
  });

  it('writes exact zero as such', () => {
    expect(formatCheck(0)).toBe('0（恰好为 0）');
    expect(formatCheck(2.345678)).toBe('2.346');
    expect(formatCheck(3e-7)).toBe('3.00e−7');
  });
});

describe('the canvas heat map', () => {
  it('sizes cells by the number of positions', () => {
    expect(cellSize(5)).toBe(24);
    expect(cellSize(64)).toBe(9);
    expect(cellSize(64) * 64).toBeLessThan(600);
  });

  it('moves the cursor with arrows and Home/End, within the map', () => {
    expect(moveCell('ArrowRight', [0, 0], 4)).toEqual([0, 1]);
    expect(moveCell('ArrowUp', [0, 2], 4)).toEqual([0, 2]);
    expect(moveCell('ArrowDown', [3, 2], 4)).toEqual([3, 2]);
    expect(moveCell('End', [1, 0], 4)).toEqual([1, 3]);
    expect(moveCell('End', [1, 0], 4, true)).toEqual([3, 3]);
    expect(moveCell('Home', [2, 2], 4, true)).toEqual([0, 0]);
    expect(moveCell('a', [0, 0], 4)).toBeNull();
  });

  it('mixes the accent into the background like the explorer (0 → background, 1 → 90 % accent)', () => {
    expect(parseCssColor('rgb(10, 88, 168)')).toEqual([10, 88, 168]);
    expect(parseCssColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(parseCssColor('red', [7, 7, 7])).toEqual([7, 7, 7]);
    expect(weightColor(0, [0, 0, 0], [255, 255, 255])).toBe('rgb(255, 255, 255)');
    expect(weightColor(1, [0, 0, 0], [250, 250, 250])).toBe('rgb(25, 25, 25)');
    expect(weightColor(2, [0, 0, 0], [250, 250, 250])).toBe(weightColor(1, [0, 0, 0], [250, 250, 250]));
  });
});

describe('the shipped models', () => {
  it('GPT is exactly 0 above the diagonal in every layer and head; BERT is not; rows sum to 1', async () => {
    const text = defaults(P).text;
    const g = await attentionMaps(gpt.params, gpt.manifest.config, gpt.vocab.encode(text).ids);
    const b = await bertAttention(miniModel(bert), text);
    const T = Array.from(text).length;
    expect(maxAboveDiagonalAll(g, T)).toBe(0);
    // a trained head may look mostly left, but every BERT map has some weight on later positions, and each layer plenty
    for (const layer of b.maps) {
      for (const m of layer) expect(aboveDiagonalMax(m, T + 1)).toBeGreaterThan(0);
      expect(layer.reduce((sum, m) => sum + aboveDiagonalSum(m, T + 1), 0)).toBeGreaterThan(0.1);
    }
    for (const [maps, n] of [[g, T], [b.maps, T + 1]] as const) for (const layer of maps) for (const m of layer) expect(rowSumError(m, n)).toBeLessThan(1e-5);
  });
});
