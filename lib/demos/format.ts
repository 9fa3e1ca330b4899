/**
 * Numbers for the reader, one set of rules for every demo: a true minus sign (U+2212, not the
 * hyphen), whole numbers without decimals (an epoch is "572", not "572.0"), and otherwise a fixed
 * count of decimals or of significant digits. Non-finite values read NaN, ∞, −∞.
 */

export const MINUS = '\u2212';

/** Every hyphen-minus of a formatted number as U+2212 (also in exponents: 1.2e−5). */
export const withMinus = (s: string) => s.replaceAll('-', MINUS);

function nonFinite(v: number): string | null {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  return null;
}

/** −0 reads as 0. */
const unsigned0 = (v: number) => (Object.is(v, -0) ? 0 : v);

/** `digits` decimals: fixed(−0.5, 3) → "−0.500". */
export function fixed(v: number, digits: number): string {
  return nonFinite(v) ?? withMinus(unsigned0(v).toFixed(digits));
}

/** `digits` significant digits, trailing zeros kept: sig(0.012345, 3) → "0.0123". */
export function sig(v: number, digits = 4): string {
  return nonFinite(v) ?? withMinus(unsigned0(v).toPrecision(digits));
}

/** A whole number with no decimals and thin grouping for large ones: 12,345 → "12,345". */
export function int(v: number): string {
  return nonFinite(v) ?? withMinus(Math.round(unsigned0(v)).toLocaleString('en-US'));
}

/**
 * A table cell: whole numbers as int(), others with `digits` significant digits, scientific
 * notation when very large or small.
 */
export function num(v: number, digits = 4): string {
  const bad = nonFinite(v);
  if (bad) return bad;
  if (Number.isInteger(v)) return int(v);
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-4 ? withMinus(v.toExponential(digits - 1)) : sig(v, digits);
}

/** A probability as a percentage: percent(0.12345) → "12.35%". */
export function percent(p: number, digits = 2): string {
  return `${fixed(p * 100, digits)}%`;
}

/** An axis tick: the shortest exact form, no trailing zeros ("0.6", "1500", "−0.5"). */
export function tick(v: number): string {
  return nonFinite(v) ?? withMinus(String(Number(unsigned0(v).toPrecision(6))));
}
