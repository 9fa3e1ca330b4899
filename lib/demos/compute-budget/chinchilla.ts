/**
 * The Chinchilla parametric loss fit (Hoffmann et al. 2022, "approach 3", eq. 10 and table A3):
 *
 *   L(N, D) = E + A / N^α + B / D^β,   E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28
 *
 * N is the parameter count, D the training tokens, L the loss in nats per token on their data set.
 * Under a budget C ≈ 6ND the loss along the iso-FLOP line D = C / (6N) is smallest at
 *
 *   N*(C) = G · (C/6)^(β/(α+β)),  D*(C) = (C/6) / N*,  G = (αA / (βB))^(1/(α+β))
 *
 * (set dL/dN = 0: αA/N^α = βB/D^β with D = C/(6N)). The rule of thumb D ≈ 20N gives instead
 * N = √(C/120). Pure functions, no DOM.
 */

export interface LossFit {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

export const CHINCHILLA: LossFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

/** Training compute of a dense Transformer, C ≈ 6ND FLOP (Kaplan et al. 2020). */
export const trainingFlops = (n: number, d: number) => 6 * n * d;

/** The fitted loss of a model of n parameters trained on d tokens. */
export function loss(n: number, d: number, f: LossFit = CHINCHILLA): number {
  return f.E + f.A / n ** f.alpha + f.B / d ** f.beta;
}

/** The loss along the iso-FLOP line of budget c: n parameters, d = c / (6n) tokens. */
export const isoLoss = (c: number, n: number, f: LossFit = CHINCHILLA) => loss(n, c / (6 * n), f);

export interface Allocation {
  n: number;
  d: number;
  loss: number;
}

/** G = (αA / (βB))^(1/(α+β)), the closed form's constant (≈ 1.345 for the paper's fit). */
export const optimumScale = (f: LossFit = CHINCHILLA) => ((f.alpha * f.A) / (f.beta * f.B)) ** (1 / (f.alpha + f.beta));

/** The compute-optimal model for budget c under the fit (closed form). */
export function optimum(c: number, f: LossFit = CHINCHILLA): Allocation {
  const g = optimumScale(f);
  const n = g * (c / 6) ** (f.beta / (f.alpha + f.beta));
  const d = c / 6 / n;
  return { n, d, loss: loss(n, d, f) };
}

/** The rule of thumb D ≈ 20N on the same budget: C = 120 N², so N = √(C/120). */
export function ruleOfThumb(c: number, f: LossFit = CHINCHILLA, tokensPerParam = 20): Allocation {
  const n = Math.sqrt(c / (6 * tokensPerParam));
  const d = tokensPerParam * n;
  return { n, d, loss: loss(n, d, f) };
}

/** Points (n, loss) of the iso-FLOP curve of budget c, evenly spaced in log n over [nMin, nMax]. */
export function isoCurve(c: number, nMin: number, nMax: number, count = 96, f: LossFit = CHINCHILLA): { n: number; loss: number }[] {
  const lo = Math.log10(nMin);
  const hi = Math.log10(nMax);
  return Array.from({ length: count }, (_, i) => {
    const n = 10 ** (lo + ((hi - lo) * i) / (count - 1));
    return { n, loss: isoLoss(c, n, f) };
  });
}

export interface KnownModel {
  id: string;
  name: string;
  /** Parameters and training tokens as the papers give them. */
  n: number;
  d: number;
  source: string;
}

/** Models placed on the chart, with the parameter and token counts their papers report. */
export const MODELS: readonly KnownModel[] = [
  { id: 'gpt3', name: 'GPT-3', n: 175e9, d: 300e9, source: 'Brown 等，2020' },
  { id: 'gopher', name: 'Gopher', n: 280e9, d: 300e9, source: 'Rae 等，2021' },
  { id: 'chinchilla', name: 'Chinchilla', n: 70e9, d: 1.4e12, source: 'Hoffmann 等，2022' },
  { id: 'llama7', name: 'LLaMA-7B', n: 6.7e9, d: 1e12, source: 'Touvron 等，2023' },
  { id: 'llama65', name: 'LLaMA-65B', n: 65.2e9, d: 1.4e12, source: 'Touvron 等，2023' },
];

export interface PlacedModel extends KnownModel {
  c: number;
  loss: number;
  /** Tokens per parameter. */
  ratio: number;
}

export const placeModel = (m: KnownModel, f: LossFit = CHINCHILLA): PlacedModel => ({
  ...m,
  c: trainingFlops(m.n, m.d),
  loss: loss(m.n, m.d, f),
  ratio: m.d / m.n,
});
