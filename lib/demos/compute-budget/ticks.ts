/**
 * Ticks of a logarithmic axis and numbers written with powers of ten. lib/demos/axis.ts has
 * decadeRange (whole decades); here, labelled decades (every k-th when there are many) and the
 * unlabelled minor ticks 2…9 × 10^k between them when the axis spans few decades.
 */
import { MINUS } from '../format';

export interface LogTicks {
  /** Labelled ticks: powers of ten inside [min, max]. */
  major: number[];
  /** Unlabelled ticks: the other decades and, over at most `minorUpTo` decades, 2…9 × 10^k. */
  minor: number[];
}

export function logTicks(min: number, max: number, maxLabels = 6, minorUpTo = 3): LogTicks {
  if (!(min > 0 && max > min && Number.isFinite(max))) throw new Error('对数坐标轴的范围必须为正且 max > min');
  const lo = Math.ceil(Math.log10(min) - 1e-9);
  const hi = Math.floor(Math.log10(max) + 1e-9);
  const every = Math.max(1, Math.ceil((hi - lo + 1) / maxLabels));
  const major: number[] = [];
  const minor: number[] = [];
  for (let e = lo; e <= hi; e++) {
    if ((e - lo) % every === 0) major.push(10 ** e);
    else minor.push(10 ** e);
  }
  if (Math.log10(max / min) <= minorUpTo) {
    for (let e = Math.floor(Math.log10(min)); e <= hi; e++)
      for (let m = 2; m <= 9; m++) {
        const v = m * 10 ** e;
        if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) minor.push(v);
      }
  }
  return { major, minor: minor.sort((a, b) => a - b) };
}

const SUPER: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };
const superscript = (n: number) => [...String(n)].map((ch) => SUPER[ch]).join('');

/** 10^e as "10²³". */
export const power = (e: number) => `10${superscript(e)}`;

/** 3.14e23 → "3.14 × 10²³" (3 significant digits); numbers in [0.01, 10⁴) as they are. */
export function sci(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  const sign = v < 0 ? MINUS : '';
  if (a >= 0.01 && a < 1e4) return sign + String(Number(a.toPrecision(digits)));
  let e = Math.floor(Math.log10(a));
  let m = Number((a / 10 ** e).toPrecision(digits));
  if (m >= 10) {
    m /= 10;
    e += 1;
  }
  return `${sign}${m === 1 ? '' : `${m} × `}${power(e)}`;
}

/** A count with the Chinese units 万 and 亿 where it reads better: 1.75e11 → "1750 亿". */
export function countZh(v: number): string {
  if (v >= 1e12) return `${Number((v / 1e12).toPrecision(3))} 万亿`;
  if (v >= 1e8) return `${Number((v / 1e8).toPrecision(3))} 亿`;
  if (v >= 1e4) return `${Number((v / 1e4).toPrecision(3))} 万`;
  return String(Number(v.toPrecision(3)));
}
