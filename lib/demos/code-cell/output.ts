/**
 * What `print`, `table` and `plot` make of the reader's values (tensors, arrays, numbers, objects):
 * plain data for the view (protocol.ts OutItem), bounded so that a huge tensor cannot flood the page.
 */
import { Tensor } from '@tensorflow/tfjs-core';
import { tick } from '../format';
import type { OutItem } from './protocol';

export const MAX_TEXT = 4000;
export const MAX_ROWS = 50;
export const MAX_COLS = 20;
export const MAX_POINTS = 2000;
export const MAX_SERIES = 6;

type Nested = number | boolean | string | Nested[];

/** A number as the reader wants to see it: at most 6 significant digits, no trailing zeros (float32's 0.6000000238 reads 0.6), a true minus sign. */
export const showNumber = tick;

function showNested(v: Nested): string {
  if (Array.isArray(v)) return `[${v.map(showNested).join(', ')}]`;
  return typeof v === 'number' ? showNumber(v) : String(v);
}

/** One value of print(...): a tensor by its values (and shape when it is not a scalar). */
export function show(v: unknown): string {
  if (v instanceof Tensor) {
    if (v.isDisposed) return '<已释放的张量>';
    const values = showNested(v.arraySync() as Nested);
    return v.rank === 0 ? values : `${values}（形状 [${v.shape.join(', ')}]）`;
  }
  if (typeof v === 'number') return showNumber(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return showNested(v.map((x) => (typeof x === 'number' || Array.isArray(x) ? x : show(x))) as Nested);
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export function printItem(args: readonly unknown[]): OutItem {
  const text = args.map(show).join(' ');
  return { kind: 'text', text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…（已截断）` : text };
}

/** The values of a tensor or nested array, and its shape (throws a reader's message otherwise). */
export function asArray(v: unknown): { shape: number[]; data: Nested } {
  if (v instanceof Tensor) return { shape: [...v.shape], data: v.arraySync() as Nested };
  if (typeof v === 'number') return { shape: [], data: v };
  if (!Array.isArray(v)) throw new TypeError(`需要张量或数组，收到的是 ${v === null ? 'null' : typeof v}`);
  const shape: number[] = [];
  for (let level: unknown = v; Array.isArray(level); level = level[0]) shape.push(level.length);
  return { shape, data: v as Nested };
}

/** table(x): a 0-, 1- or 2-dimensional tensor or array as rows of shown numbers. */
export function tableItem(v: unknown): OutItem {
  const { shape, data } = asArray(v);
  if (shape.length > 2) throw new RangeError(`table 只能显示 0 到 2 维的数据，这个是 ${shape.length} 维（形状 [${shape.join(', ')}]）`);
  const grid = (shape.length === 0 ? [[data]] : shape.length === 1 ? [data] : data) as Nested[][];
  const cut = grid.length > MAX_ROWS || grid.some((r) => Array.isArray(r) && r.length > MAX_COLS);
  const rows = grid.slice(0, MAX_ROWS).map((r) => (Array.isArray(r) ? r : [r]).slice(0, MAX_COLS).map((x) => showNested(x)));
  return { kind: 'table', shape, rows, note: cut ? `只显示前 ${MAX_ROWS} 行、${MAX_COLS} 列` : null };
}

function numbers(v: unknown, name: string): number[] {
  const { shape, data } = asArray(v);
  if (shape.length !== 1) throw new RangeError(`plot 的「${name}」应是一维的数列，这个的形状是 [${shape.join(', ')}]`);
  const ys = (data as Nested[]).map(Number);
  if (ys.some((y) => !Number.isFinite(y))) throw new RangeError(`plot 的「${name}」里有不是有限数的值`);
  return ys;
}

/** plot(ys) or plot({ 名字: ys, … }): line charts of number series against their index. */
export function plotItem(v: unknown): OutItem {
  const entries: [string, unknown][] =
    v instanceof Tensor || Array.isArray(v) ? [['y', v]] : v !== null && typeof v === 'object' ? Object.entries(v) : [['y', v]];
  if (entries.length === 0) throw new RangeError('plot 需要至少一个数列');
  const series = entries.slice(0, MAX_SERIES).map(([name, ys]) => ({ name, ys: numbers(ys, name) }));
  const long = series.some((s) => s.ys.length > MAX_POINTS);
  for (const s of series) s.ys = s.ys.slice(0, MAX_POINTS);
  const note = entries.length > MAX_SERIES ? `只画前 ${MAX_SERIES} 条曲线` : long ? `每条曲线只画前 ${MAX_POINTS} 个点` : null;
  return { kind: 'plot', series, note };
}
