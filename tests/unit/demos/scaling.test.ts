/**
 * The scaling demo (chapter 9): the power-law fit against a fit computed by hand and against exact
 * power laws, the frontier, the spec's rule, and the shipped experiment (public/models/scaling.json)
 * against the ladder it claims to be (parameter counts recounted, the best learning rate chosen,
 * the same corpus as the mini GPT).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countParameters } from '@/lib/models/config';
import { BUDGET, LEARNING_RATES, SIZES, finalLoss, nonEmbeddingParameters, scalingConfig, scalingFileSchema, trainingFlops } from '@/lib/demos/scaling/experiment';
import { fitPowerLaw, frontier, powerLawAt } from '@/lib/demos/scaling/fit';
import { analyse } from '@/lib/demos/scaling/analysis';
import { MIN_KEPT, normalize, PARAMS } from '@/lib/demos/scaling/params';
import { defaults } from '@/lib/demos/params';

const shipped = scalingFileSchema.parse(JSON.parse(fs.readFileSync('public/models/scaling.json', 'utf8')));

describe('fitPowerLaw', () => {
  it('matches a least-squares line computed by hand', () => {
    // x = 1, e, e²; ln y = 0, −1, −1.5. ū = 1, v̄ = −5/6, Σ(u−ū)² = 2, Σ(u−ū)(v−v̄) = −1.5 → slope −0.75.
    // Intercept −5/6 + 0.75 = −1/12. Residuals 1/12, −1/6, 1/12 → SSR = 1/24; se = √(SSR/(n−2)/2) = √(1/48).
    const f = fitPowerLaw([
      { x: 1, y: Math.exp(0) },
      { x: Math.E, y: Math.exp(-1) },
      { x: Math.E ** 2, y: Math.exp(-1.5) },
    ]);
    expect(f.alpha).toBeCloseTo(0.75, 12);
    expect(f.a).toBeCloseTo(Math.exp(-1 / 12), 12);
    expect(f.alphaSe).toBeCloseTo(Math.sqrt(1 / 48), 12);
    // R² = 1 − SSR / Σ(v − v̄)² = 1 − (1/24) / (25/36 + 1/36 + 4/9) = 1 − (1/24)/(7/6)
    expect(f.r2).toBeCloseTo(1 - 1 / 24 / (7 / 6), 12);
    expect(f.n).toBe(3);
  });

  it('recovers an exact power law, with zero error; two points leave the error undefined', () => {
    const law = (x: number) => 7.5 * x ** -0.076;
    const f = fitPowerLaw([1e3, 1e4, 3e5, 1e7].map((x) => ({ x, y: law(x) })));
    expect(f.alpha).toBeCloseTo(0.076, 12);
    expect(f.a).toBeCloseTo(7.5, 10);
    expect(f.alphaSe).toBeLessThan(1e-9);
    expect(powerLawAt(f, 5e8)).toBeCloseTo(law(5e8), 10);
    expect(fitPowerLaw([{ x: 1, y: 2 }, { x: 10, y: 1 }]).alphaSe).toBeNaN();
  });

  it('refuses fewer than two points, non-positive values and a single x', () => {
    expect(() => fitPowerLaw([{ x: 1, y: 1 }])).toThrow('至少需要两个点');
    expect(() => fitPowerLaw([{ x: 1, y: 1 }, { x: 2, y: 0 }])).toThrow('必须为正');
    expect(() => fitPowerLaw([{ x: 3, y: 1 }, { x: 3, y: 2 }])).toThrow('横坐标相同');
  });
});

describe('frontier', () => {
  it('keeps each point that beats every point at a smaller or equal x', () => {
    const pts = [
      { x: 4, y: 3 },
      { x: 1, y: 5 },
      { x: 2, y: 6 },
      { x: 3, y: 4 },
      { x: 3, y: 3.5 },
      { x: 5, y: 3.2 },
    ];
    expect(frontier(pts)).toEqual([
      { x: 1, y: 5 },
      { x: 3, y: 3.5 },
      { x: 4, y: 3 },
    ]);
  });
});

describe('the spec', () => {
  it('keeps at least three sizes in the fit and tidies the list', () => {
    const d = defaults(PARAMS);
    expect(normalize({ ...d, out: [2, 0, 2] })).toEqual({ values: { ...d, out: [0, 2] }, notices: [] });
    const all = normalize({ ...d, out: [6, 5, 4, 3, 2, 1, 0] });
    expect(all.values.out).toEqual([0, 1, 2, 3]);
    expect(SIZES.length - all.values.out.length).toBe(MIN_KEPT);
    expect(all.notices[0]).toContain('#4、#5、#6');
  });
});

describe('the shipped experiment', () => {
  it('has every size of the ladder with its parameters recounted, the best of its learning rates, the whole budget', () => {
    expect(shipped.runs.map((r) => [r.dModel, r.nLayers, r.nHeads])).toEqual(SIZES.map((s) => [s.dModel, s.nLayers, s.nHeads]));
    expect(shipped.budget).toEqual(BUDGET);
    for (const [i, r] of shipped.runs.entries()) {
      const config = scalingConfig(SIZES[i], shipped.corpus.vocabSize);
      expect(r.parameters).toBe(countParameters(config));
      expect(r.nonEmbedding).toBe(nonEmbeddingParameters(config));
      // Exactly 12·L·d² + 13·L·d + 2d: per layer 4d² + 4d (attention), 8d² + 5d (MLP), 4d (LayerNorms); 2d the final LayerNorm.
      expect(r.nonEmbedding).toBe(12 * r.nLayers * r.dModel ** 2 + 13 * r.nLayers * r.dModel + 2 * r.dModel);
      expect(r.trials.map((t) => t.learningRate)).toEqual([...LEARNING_RATES]);
      expect(r.learningRate).toBe(r.trials.reduce((a, b) => (b.heldOut < a.heldOut ? b : a)).learningRate);
      expect(finalLoss(r)).toBe(Math.min(...r.trials.map((t) => t.heldOut)));
      expect(r.curve.map((p) => p[0])).toEqual(Array.from({ length: BUDGET.steps / BUDGET.evalEvery }, (_, k) => (k + 1) * BUDGET.evalEvery));
    }
    const ne = shipped.runs.map((r) => r.nonEmbedding);
    expect(Math.max(...ne) / Math.min(...ne)).toBeGreaterThan(30);
    // The irreducible-loss slider's top stays below every measured loss (the fit takes logs of L − E).
    expect(Math.min(...shipped.runs.flatMap((r) => r.curve.map((p) => p[2])))).toBeGreaterThan(PARAMS.e.max + 0.2);
  });

  it('was trained on the mini GPT’s corpus', () => {
    const gpt = JSON.parse(fs.readFileSync('public/models/gpt.json', 'utf8')) as { corpus: { hash: string; trainChars: number } };
    expect(shipped.corpus.hash).toBe(gpt.corpus.hash);
    expect(shipped.corpus.trainChars).toBe(gpt.corpus.trainChars);
  });
});

describe('analyse', () => {
  const d = defaults(PARAMS);

  it('fits the final losses against N, as a plain least-squares line through the logs would', () => {
    const a = analyse(shipped, d);
    const u = shipped.runs.map((r) => Math.log(r.nonEmbedding));
    const v = shipped.runs.map((r) => Math.log(finalLoss(r)));
    const n = u.length;
    // Normal equations of v = b + m·u, solved by Cramer's rule (a different route from fit.ts).
    const su = u.reduce((s, t) => s + t, 0);
    const sv = v.reduce((s, t) => s + t, 0);
    const suu = u.reduce((s, t) => s + t * t, 0);
    const suv = u.reduce((s, t, i) => s + t * v[i], 0);
    const m = (n * suv - su * sv) / (n * suu - su * su);
    const b = (suu * sv - su * suv) / (n * suu - su * su);
    expect(a.fit.alpha).toBeCloseTo(-m, 10);
    expect(a.fit.a).toBeCloseTo(Math.exp(b), 8);
    expect(a.sizes.every((p) => p.kept)).toBe(true);
    expect(a.sizes[0].flops).toBe(trainingFlops(shipped.runs[0].nonEmbedding, BUDGET.steps * BUDGET.batch * BUDGET.ctx));
  });

  it('leaves sizes out, subtracts E and extrapolates from the largest kept point', () => {
    const a = analyse(shipped, { ...d, out: [0, 6], e: 1.5, ext: 10 });
    expect(a.fitted.map((p) => p.x)).toEqual(shipped.runs.slice(1, 6).map((r) => r.nonEmbedding));
    const f = fitPowerLaw(shipped.runs.slice(1, 6).map((r) => ({ x: r.nonEmbedding, y: finalLoss(r) - 1.5 })));
    expect(a.fit.alpha).toBeCloseTo(f.alpha, 12);
    expect(a.extrapolated.x).toBe(shipped.runs[5].nonEmbedding * 10);
    expect(a.extrapolated.loss).toBeCloseTo(1.5 + powerLawAt(f, shipped.runs[5].nonEmbedding * 10), 12);
  });

  it('on the compute axis, fits the lower envelope of every kept learning curve', () => {
    const a = analyse(shipped, { ...d, x: 'c' });
    expect(a.curves).toHaveLength(shipped.runs.length);
    for (let i = 1; i < a.fitted.length; i++) {
      expect(a.fitted[i].x).toBeGreaterThan(a.fitted[i - 1].x);
      expect(a.fitted[i].loss).toBeLessThan(a.fitted[i - 1].loss);
    }
    // No checkpoint lies below the envelope at or before its compute.
    for (const p of a.curves.flat()) {
      const before = a.fitted.filter((f) => f.x <= p.x);
      expect(Math.min(...before.map((f) => f.loss))).toBeLessThanOrEqual(p.loss);
    }
  });

  it('refuses an E at or above a fitted loss with a message', () => {
    expect(() => analyse(shipped, { ...d, e: 10 })).toThrow('不可约损失');
  });
});
