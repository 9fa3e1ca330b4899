/** Sizes for the reader: parameter counts (124.4 M, 174.6 B) and bytes (350 GB, 2.80 TB; 1 GB = 10⁹ B). */
import { sig } from '../format';

const scaled = (v: number, units: readonly [number, string][], digits: number) => {
  for (const [size, name] of units) if (Math.abs(v) >= size) return `${sig(v / size, digits)} ${name}`;
  return sig(v, digits);
};

/** 470496 → "470.5 K", 124439808 → "124.4 M", 1.746e11 → "174.6 B". */
export function countText(n: number, digits = 4): string {
  if (Math.abs(n) < 1000) return String(Math.round(n));
  return scaled(n, [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']], digits);
}

/** Bytes with a decimal unit: 3.5e11 → "350.0 GB". */
export function bytesText(b: number, digits = 4): string {
  if (Math.abs(b) < 1000) return `${Math.round(b)} B`;
  return scaled(b, [[1e15, 'PB'], [1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB']], digits);
}

/** Chinese count words: 1.746e11 → "1746 亿", 1.244e8 → "1.244 亿", 470496 → "47.05 万". */
export function chineseCount(n: number, digits = 4): string {
  if (Math.abs(n) >= 1e8) return `${sig(n / 1e8, digits)} 亿`;
  if (Math.abs(n) >= 1e4) return `${sig(n / 1e4, digits)} 万`;
  return String(Math.round(n));
}

/** A share for the legend: 66.4%, 0.35%, <0.01%, 0. */
export function share(p: number): string {
  if (p === 0) return '0';
  if (p < 1e-4) return '<0.01%';
  return `${(100 * p).toFixed(p < 0.1 ? 2 : 1)}%`;
}
