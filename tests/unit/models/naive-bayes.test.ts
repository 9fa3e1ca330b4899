/** The naive-Bayes baseline against a small example worked by hand, and the checks on its file. */
import { describe, expect, it } from 'vitest';
import { naiveBayesScores, parseNaiveBayes, trainNaiveBayes } from '@/lib/models/naive-bayes';

describe('character naive Bayes', () => {
  // class 0 "aab", class 1 "bcc": counts [2, 1, 0] and [0, 1, 2]; α = 1, V = 3, totals 3 → denominators 6
  const model = trainNaiveBayes(['aab\n', 'bcc']);

  it('counts characters per class (newlines are not characters)', () => {
    expect(model.chars).toBe('abc');
    expect(model.counts).toEqual([
      [2, 1, 0],
      [0, 1, 2],
    ]);
  });

  it('scores a text by Σ log P(c | class) with Laplace smoothing, as worked by hand', () => {
    const s = naiveBayesScores(model, 'ab');
    expect(s.logLikelihood[0]).toBeCloseTo(Math.log(3 / 6) + Math.log(2 / 6), 12);
    expect(s.logLikelihood[1]).toBeCloseTo(Math.log(1 / 6) + Math.log(2 / 6), 12);
    // equal priors: posterior 3/6·2/6 : 1/6·2/6 = 3 : 1
    expect(s.probs[0]).toBeCloseTo(0.75, 12);
    expect(s.probs[1]).toBeCloseTo(0.25, 12);
    expect(s.best).toBe(0);
    expect(s.counted).toBe(2);
    expect(naiveBayesScores(model, 'cc').best).toBe(1);
  });

  it('skips characters never seen in training: no evidence, equal odds', () => {
    const s = naiveBayesScores(model, 'xyz😀');
    expect(s.counted).toBe(0);
    expect(s.probs).toEqual([0.5, 0.5]);
    expect(naiveBayesScores(model, 'a😀').probs[0]).toBeCloseTo(0.75, 12);
  });

  it('keeps characters outside the BMP as one character each', () => {
    const m = trainNaiveBayes(['😀😀a', 'a']);
    expect(Array.from(m.chars)).toEqual(['a', '😀']);
    expect(m.counts[0]).toEqual([1, 2]);
    expect(parseNaiveBayes(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(naiveBayesScores(m, '😀').best).toBe(0);
  });

  it('refuses a malformed file with a message naming what is wrong', () => {
    expect(parseNaiveBayes(JSON.parse(JSON.stringify(model)))).toEqual(model);
    expect(() => parseNaiveBayes(null)).toThrow('字表');
    expect(() => parseNaiveBayes({ ...model, alpha: 0 })).toThrow('alpha');
    expect(() => parseNaiveBayes({ ...model, counts: [[1, 2]] })).toThrow('counts');
    expect(() => parseNaiveBayes({ ...model, counts: [[1, 2, 3], [1, 2]] })).toThrow('3 个非负整数');
    expect(() => parseNaiveBayes({ ...model, counts: [[1, 2, -3], [1, 2, 3]] })).toThrow('counts');
  });
});
