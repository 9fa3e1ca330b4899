/**
 * The attention-masks demo's parameters (URL state `?am.layer=2&am.head=3`) and the checks it shows
 * the reader on a T×T attention map (row-major Float32Array, as attentionMaps returns it): the total
 * weight above the diagonal (what a query gives to later positions), and how far any row's sum is
 * from 1.
 */
import type { Rgb } from '../color';
import { defineSpec, type ParamTable, type ParamValues } from '../params';

/** Both models read at most this many characters (BERT adds [CLS] in front, within its context of 64). */
export const MAX_CHARS = 63;

export const PARAMS = {
  text: { kind: 'text', label: '句子', default: '模型只能看到前面的字', maxLength: MAX_CHARS },
  layer: { kind: 'int', label: '层', default: 1, min: 1, max: 3 },
  head: { kind: 'int', label: '头', default: 1, min: 1, max: 4 },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['table'] as const;

/** A row-major T×T map as rows. */
export function toRows(map: ArrayLike<number>, T: number): number[][] {
  return Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => map[i * T + j]));
}

/** Σ over i < j of A[i][j]: the weight queries put on positions after themselves. */
export function aboveDiagonalSum(map: ArrayLike<number>, T: number): number {
  let s = 0;
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) s += map[i * T + j];
  return s;
}

/** The largest single weight above the diagonal. */
export function aboveDiagonalMax(map: ArrayLike<number>, T: number): number {
  let m = 0;
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m = Math.max(m, map[i * T + j]);
  return m;
}

/** The largest weight in row i (at least a tiny number, to divide by). */
export function rowMaxOf(map: ArrayLike<number>, T: number, i: number): number {
  let m = 0;
  for (let j = 0; j < T; j++) m = Math.max(m, map[i * T + j]);
  return m || 1e-12;
}

/** max over rows of |Σ_j A[i][j] − 1|. */
export function rowSumError(map: ArrayLike<number>, T: number): number {
  let worst = 0;
  for (let i = 0; i < T; i++) {
    let s = 0;
    for (let j = 0; j < T; j++) s += map[i * T + j];
    worst = Math.max(worst, Math.abs(s - 1));
  }
  return worst;
}

/** The largest above-diagonal weight over every layer and head of a model. */
export function maxAboveDiagonalAll(maps: readonly (readonly ArrayLike<number>[])[], T: number): number {
  return Math.max(0, ...maps.flatMap((layer) => layer.map((m) => aboveDiagonalMax(m, T))));
}

/** A checked number for the reader: exactly 0 reads "0（恰好为 0）", others 4 significant digits. */
export function formatCheck(v: number): string {
  if (v === 0) return '0（恰好为 0）';
  return Math.abs(v) < 1e-3 ? v.toExponential(2).replace('-', '−') : v.toPrecision(4);
}

/** Pixels per cell of a heat map over T positions: big enough to hover, small enough to scroll little. */
export function cellSize(T: number): number {
  return T <= 12 ? 24 : T <= 20 ? 18 : T <= 32 ? 13 : 9;
}

/** The cell a key press moves to (arrows, Home/End; with Ctrl, Home/End go to the first/last row too); null for other keys. */
export function moveCell(key: string, [r, c]: readonly [number, number], n: number, ctrl = false): [number, number] | null {
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  const moves: Record<string, [number, number]> = {
    ArrowUp: [r - 1, c],
    ArrowDown: [r + 1, c],
    ArrowLeft: [r, c - 1],
    ArrowRight: [r, c + 1],
    Home: [ctrl ? 0 : r, 0],
    End: [ctrl ? n - 1 : r, n - 1],
  };
  const to = moves[key];
  return to ? [clamp(to[0]), clamp(to[1])] : null;
}



/**
 * A weight's colour, as the attention explorer's heat maps colour it (color-mix of the accent into
 * the background, up to 90 %): weight 0 → background, 1 → 90 % accent.
 */
export function weightColor(v: number, accent: Rgb, bg: Rgb): string {
  const t = Math.round(Math.min(1, Math.max(0, v)) * 90) / 100;
  const mix = accent.map((a, k) => Math.round(a * t + bg[k] * (1 - t)));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
