/**
 * The compute-budget demo's maths against the papers' published figures and against independent
 * recomputations (a brute-force search along the iso-FLOP line, GPU-days by hand).
 */
import { describe, expect, it } from 'vitest';
import { CHINCHILLA, MODELS, isoCurve, isoLoss, loss, optimum, placeModel, ruleOfThumb, trainingFlops } from '@/lib/demos/compute-budget/chinchilla';
import { ACCELERATORS, accelerator, trainingCost } from '@/lib/demos/compute-budget/hardware';
import { countZh, logTicks, sci } from '@/lib/demos/compute-budget/ticks';
import { PARAMS, spec } from '@/lib/demos/compute-budget/params';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('C ≈ 6ND against the papers', () => {
  it('GPT-3: 6·175e9·300e9 = 3.15e23, the paper says 3.14e23 because the exact count is 174.6B', () => {
    // Brown et al. 2020, table D.1: 174,600 M parameters, 300 B tokens, 3.14E+23 FLOP, 3.64E+03 PF-days.
    expect(trainingFlops(175e9, 300e9)).toBeCloseTo(3.15e23, -20);
    expect(Number(trainingFlops(174.6e9, 300e9).toPrecision(3))).toBe(3.14e23);
    expect(rel(3.64e3 * 1e15 * 86_400, trainingFlops(174.6e9, 300e9))).toBeLessThan(0.005);
    // The rounded 175B overstates the paper's figure by about 0.3 %.
    expect(rel(trainingFlops(175e9, 300e9), 3.14e23)).toBeLessThan(0.004);
  });

  it.each([
    // Hoffmann et al. 2022, table 3: parameters, tokens, FLOPs (their compute-optimal estimates).
    [400e6, 8.0e9, 1.92e19],
    [1e9, 20.2e9, 1.21e20],
    [10e9, 205.1e9, 1.23e22],
    [1e12, 21.2e12, 1.27e26],
  ])('Chinchilla table 3: N = %d, D = %d → %d FLOP, about 20 tokens per parameter', (n, d, c) => {
    expect(rel(trainingFlops(n, d), c)).toBeLessThan(0.005);
    expect(d / n).toBeGreaterThan(19.5);
    expect(d / n).toBeLessThan(21.5);
  });

  it('places the five models with C = 6ND and their fitted loss', () => {
    const byId = Object.fromEntries(MODELS.map((m) => [m.id, placeModel(m)]));
    expect(Object.keys(byId)).toEqual(['gpt3', 'gopher', 'chinchilla', 'llama7', 'llama65']);
    expect(byId.gopher.c).toBeCloseTo(5.04e23, -20);
    expect(byId.chinchilla.c).toBeCloseTo(5.88e23, -20);
    expect(byId.llama65.c).toBeCloseTo(6 * 65.2e9 * 1.4e12, -18);
    // Hand computation: 1.69 + 406.4 / 70e9^0.34 + 410.7 / 1.4e12^0.28.
    const hand = 1.69 + 406.4 / Math.exp(0.34 * Math.log(70e9)) + 410.7 / Math.exp(0.28 * Math.log(1.4e12));
    expect(byId.chinchilla.loss).toBeCloseTo(hand, 12);
    expect(byId.chinchilla.loss).toBeCloseTo(1.937, 3);
    // On (almost) the same budget, Chinchilla's fitted loss is below Gopher's, as the paper found.
    expect(byId.chinchilla.loss).toBeLessThan(byId.gopher.loss);
    expect(byId.chinchilla.ratio).toBeCloseTo(20, 0);
  });
});

/** Golden-section search of the iso-FLOP loss over log10 N, knowing nothing of the closed form. */
function bruteForce(c: number): number {
  let lo = 3;
  let hi = 16;
  const f = (x: number) => isoLoss(c, 10 ** x);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (f(a) < f(b)) hi = b;
    else lo = a;
  }
  return 10 ** ((lo + hi) / 2);
}

describe('the compute-optimal allocation', () => {
  it.each([1e18, 1e20, 3.14e23, 5.76e23, 1e26])('the closed form agrees with a numeric minimisation at C = %d', (c) => {
    const o = optimum(c);
    expect(rel(o.n, bruteForce(c))).toBeLessThan(1e-6);
    expect(rel(6 * o.n * o.d, c)).toBeLessThan(1e-12);
    // A dense grid along the line finds nothing lower.
    for (const p of isoCurve(c, o.n / 100, o.n * 100, 401)) expect(p.loss).toBeGreaterThanOrEqual(o.loss - 1e-12);
  });

  it('grows N* as C^(β/(α+β)) ≈ C^0.45 (the paper rounds approach 3 to 0.46)', () => {
    const a = Math.log10(optimum(1e24).n / optimum(1e22).n) / 2;
    expect(a).toBeCloseTo(0.28 / 0.62, 10);
    expect(Math.abs(a - 0.46)).toBeLessThan(0.01);
  });

  it('the rule of thumb D ≈ 20N reproduces the chapter: N ≈ 5.1e10, D ≈ 1.0e12 for 3.14e23', () => {
    const r = ruleOfThumb(3.14e23);
    expect(r.n).toBeCloseTo(Math.sqrt(3.14e23 / 120), 0);
    expect(Number(r.n.toPrecision(2))).toBe(5.1e10);
    expect(Number(r.d.toPrecision(2))).toBe(1.0e12);
    expect(r.loss).toBeCloseTo(loss(r.n, r.d, CHINCHILLA), 14);
    // The fit's own optimum is lower (or equal), being the minimum on that line.
    expect(optimum(3.14e23).loss).toBeLessThanOrEqual(r.loss);
  });
});

describe('GPU-days, days and cost', () => {
  it('GPT-3 on 1024 A100 at 40 %: the chapter’s 28 days and 80 years on one card', () => {
    const t = trainingCost(3.14e23, accelerator('a100').peak, 0.4, 1024, 2);
    // By hand: 3.14e23 / (3.12e14 × 0.4) = 2.516e9 s = 29,120.7 GPU-days.
    expect(t.gpuDays).toBeCloseTo(29_120.7, 0);
    expect(Math.round(t.days)).toBe(28);
    expect(t.gpuDays / 365.25).toBeCloseTo(79.7, 1);
    expect(t.cost).toBeCloseTo(29_120.7 * 24 * 2, -1);
  });

  it('LLaMA-65B: 380 tokens/s per A100 on 2048 GPUs is about 21 days and 1.02 M GPU-hours (Touvron et al. 2023)', () => {
    const c = 6 * 65.2e9 * 1.4e12;
    const mfu = (380 * 6 * 65.2e9) / 312e12;
    const t = trainingCost(c, 312e12, mfu, 2048, 1);
    expect(Math.round(t.days)).toBe(21);
    expect(rel(t.gpuDays * 24, 1_022_362)).toBeLessThan(0.002);
  });

  it('has the data sheets’ dense 16-bit peaks and rejects bad input with a message', () => {
    expect(ACCELERATORS.map((a) => a.peak / 1e12)).toEqual([125, 312, 989, 275]);
    expect(() => trainingCost(1e20, 312e12, 0, 8, 1)).toThrow(/正数/);
    expect(() => accelerator('tpu9')).toThrow(/未知/);
  });
});

describe('log ticks and numbers', () => {
  it('labels the decades inside the range, every k-th when there are many', () => {
    expect(logTicks(1e7, 1e13).major).toEqual([1e7, 1e9, 1e11, 1e13]);
    expect(logTicks(1e7, 1e13).minor).toEqual([1e8, 1e10, 1e12]);
    expect(logTicks(3e18, 2e21).major).toEqual([1e19, 1e20, 1e21]);
    expect(logTicks(0.5, 50, 6).major).toEqual([1, 10]);
  });

  it('adds 2…9 × 10^k between decades on a short axis only', () => {
    const t = logTicks(1, 100);
    expect(t.minor).toHaveLength(16);
    expect(t.minor.slice(0, 3)).toEqual([2, 3, 4]);
    expect(t.minor.at(-1)).toBeCloseTo(90, 10);
    expect(logTicks(1e7, 1e13).minor.some((v) => v === 2e7)).toBe(false);
    expect(() => logTicks(0, 10)).toThrow(/正/);
  });

  it('writes powers of ten and Chinese counts', () => {
    expect(sci(3.14e23)).toBe('3.14 × 10²³');
    expect(sci(1e18)).toBe('10¹⁸');
    expect(sci(9.996e20)).toBe('10²¹');
    expect(sci(2.5e-5)).toBe('2.5 × 10⁻⁵');
    expect(sci(28.4)).toBe('28.4');
    expect(countZh(1.75e11)).toBe('1750 亿');
    expect(countZh(1.4e12)).toBe('1.4 万亿');
  });
});

describe('the spec', () => {
  it('defaults to the chapter’s example and offers a 10¹⁸…10²⁶ log budget', () => {
    expect(PARAMS.c).toMatchObject({ default: 3.14e23, min: 1e18, max: 1e26, scale: 'log' });
    expect(PARAMS.hw.default).toBe('a100');
    expect(spec.controls).toContain('table');
  });
});
