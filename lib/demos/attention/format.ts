/**
 * What the explorer writes and colours: numbers, cell labels for screen readers, heat-map colours
 * (CSS colour-mix of the page's own variables, so light and dark themes both read), and the
 * summaries of how peaked softmax is (mean row entropy, spread of the scores).
 */

/** Entries at or below this are the causal mask's −10⁹, shown as −∞. */
export const MASKED_BELOW = -1e8;

/** The widest matrix drawn as a heat map; the numbers table has every column. */
export const MAX_HEAT_COLUMNS = 16;

export const isMasked = (v: number) => v <= MASKED_BELOW;

/** A value for a label: −∞ for masked entries, 2 decimals, more digits for small ones. */
export function formatValue(v: number): string {
  if (isMasked(v)) return '−∞';
  if (v !== 0 && Math.abs(v) < 0.01) return v.toPrecision(2).replace('-', '−');
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return v.toFixed(digits).replace('-', '−');
}

/** A value for the readout and tooltips: 4 decimals. */
export function formatExact(v: number): string {
  return isMasked(v) ? '−∞（已掩码）' : v.toFixed(4).replace('-', '−');
}

/** How a token is named in labels: 「猫」, or 「猫」（第 3 个）when it occurs more than once. */
export function tokenName(tokens: readonly string[], i: number): string {
  const t = tokens[i];
  const repeated = tokens.indexOf(t) !== tokens.lastIndexOf(t);
  return repeated ? `「${t}」（第 ${i + 1} 个）` : `「${t}」`;
}

/** The label of cell (i, j) of a query × key matrix: 「猫」对「我」的权重 0.21. */
export function pairLabel(tokens: readonly string[], i: number, j: number, what: string, v: number, fmt = formatValue): string {
  return `${tokenName(tokens, i)}对${tokenName(tokens, j)}的${what} ${fmt(v)}`;
}

/** The label of cell (i, j) of a token × dimension matrix: 「猫」的 Q 第 3 维 0.12. */
export function vectorLabel(tokens: readonly string[], i: number, j: number, what: string, v: number, fmt = formatValue): string {
  return `${tokenName(tokens, i)}的 ${what} 第 ${j + 1} 维 ${fmt(v)}`;
}

/** Largest |v| over the entries that are not masked (at least a tiny number, to divide by). */
export function maxAbs(m: readonly (readonly number[])[]): number {
  let mx = 0;
  for (const row of m) for (const v of row) if (!isMasked(v)) mx = Math.max(mx, Math.abs(v));
  return mx || 1e-9;
}

/**
 * A cell's background. 'prob': 0 → page background, 1 → accent. 'signed': scaled by `range`,
 * positive towards the accent, negative towards the erratum red. Masked cells get none (CSS hatches them).
 */
export function heatColor(v: number, mode: 'prob' | 'signed', range = 1): string | undefined {
  if (isMasked(v)) return undefined;
  const t = mode === 'prob' ? Math.min(1, Math.max(0, v)) : Math.min(1, Math.abs(v) / range);
  const pct = Math.round(t * 90);
  const hue = mode === 'signed' && v < 0 ? 'var(--erratum)' : 'var(--accent)';
  return `color-mix(in srgb, ${hue} ${pct}%, var(--bg))`;
}

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Standard deviation of the entries not masked. */
export function spread(m: readonly (readonly number[])[]): number {
  const xs = m.flat().filter((v) => !isMasked(v));
  const mu = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - mu) ** 2)));
}

/** Each row's largest possible entropy, ln(number of keys it may see): ln n, or ln(i+1) with the mask. */
export function uniformEntropy(n: number, causal: boolean): number[] {
  return Array.from({ length: n }, (_, i) => Math.log(causal ? i + 1 : n));
}

/** Rows of a matrix for the numbers table: token, then each value. */
export function tableRows(tokens: readonly string[], m: readonly (readonly number[])[], extra?: readonly number[]): (string | number)[][] {
  return m.map((row, i) => [`${i + 1} ${tokens[i]}`, ...row.map((v) => (isMasked(v) ? '−∞' : v)), ...(extra ? [extra[i]] : [])]);
}
