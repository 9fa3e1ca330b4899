/**
 * The baseline the mini BERT has to beat: a character naive-Bayes classifier. Each class is a bag of
 * characters; P(c | class) = (count + α) / (total + α·V) over the V characters seen in training
 * (Laplace smoothing), and a text's score for a class is Σ log P(c | class) over its characters,
 * with equal priors (the evaluation windows are balanced across chapters). Characters never seen in
 * training carry no evidence and are skipped. Plain numbers, no tensors.
 */
export interface NaiveBayesModel {
  /** The characters seen in training, in a fixed order (code points: index i is Array.from(chars)[i]). */
  chars: string;
  /** counts[k][i]: how often chars[i] occurs in class k's training text. */
  counts: number[][];
  alpha: number;
}

export function trainNaiveBayes(texts: readonly string[], alpha = 1): NaiveBayesModel {
  const seen = new Set<string>();
  for (const t of texts) for (const c of t) if (c !== '\n') seen.add(c);
  const chars = [...seen].sort().join('');
  const index = new Map([...chars].map((c, i) => [c, i]));
  const counts = texts.map((t) => {
    const row = new Array<number>(index.size).fill(0);
    for (const c of t) {
      const i = index.get(c);
      if (i !== undefined) row[i]++;
    }
    return row;
  });
  return { chars, counts, alpha };
}

export interface NaiveBayesScores {
  /** Σ log P(c | class), per class. */
  logLikelihood: number[];
  /** The posterior with equal priors (softmax of the log-likelihoods). */
  probs: number[];
  /** Index of the most probable class. */
  best: number;
  /** How many of the text's characters counted (seen in training). */
  counted: number;
}

/** Cached per model: log P(c | class) for every character, and the index of each character. */
const tables = new WeakMap<NaiveBayesModel, { index: Map<string, number>; logp: Float64Array[] }>();

function tableOf(model: NaiveBayesModel) {
  let t = tables.get(model);
  if (!t) {
    const V = Array.from(model.chars).length;
    t = {
      index: new Map([...model.chars].map((c, i) => [c, i])),
      logp: model.counts.map((row) => {
        const total = row.reduce((a, b) => a + b, 0);
        return Float64Array.from(row, (n) => Math.log((n + model.alpha) / (total + model.alpha * V)));
      }),
    };
    tables.set(model, t);
  }
  return t;
}

export function naiveBayesScores(model: NaiveBayesModel, text: string): NaiveBayesScores {
  const { index, logp } = tableOf(model);
  const logLikelihood = logp.map(() => 0);
  let counted = 0;
  for (const c of text) {
    const i = index.get(c);
    if (i === undefined) continue;
    counted++;
    logp.forEach((row, k) => (logLikelihood[k] += row[i]));
  }
  const top = Math.max(...logLikelihood);
  const exp = logLikelihood.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  const probs = exp.map((e) => e / sum);
  const best = logLikelihood.indexOf(top);
  return { logLikelihood, probs, best, counted };
}

/** A naive-Bayes model read from JSON (public/models/naive-bayes.json), or a message naming what is wrong. */
export function parseNaiveBayes(data: unknown): NaiveBayesModel {
  const m = data as Partial<NaiveBayesModel> | null;
  if (!m || typeof m.chars !== 'string' || m.chars.length === 0) throw new Error('朴素贝叶斯的数据缺少字表（chars）');
  if (typeof m.alpha !== 'number' || !(m.alpha > 0)) throw new Error('朴素贝叶斯的数据缺少平滑系数（alpha > 0）');
  const V = Array.from(m.chars).length;
  const ok = Array.isArray(m.counts) && m.counts.length > 1 && m.counts.every((row) => Array.isArray(row) && row.length === V && row.every((n) => Number.isInteger(n) && n >= 0));
  if (!ok) throw new Error(`朴素贝叶斯的数据里，每一类的计数（counts）应是 ${V} 个非负整数`);
  return { chars: m.chars, counts: m.counts!, alpha: m.alpha };
}
