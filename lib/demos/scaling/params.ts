/**
 * The scaling demo's spec (chapter 9, 趋势一): which axis (parameters or compute), which sizes are
 * left out of the fit, the irreducible loss E subtracted before fitting, and how far to extrapolate.
 */
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';
import { SIZES } from './experiment';

/** At least this many sizes stay in the fit (three: the exponent's standard error needs n − 2 > 0). */
export const MIN_KEPT = 3;

export const PARAMS = {
  x: {
    kind: 'enum',
    label: '横轴',
    default: 'n',
    options: [
      { value: 'n', label: '参数量 N（不含嵌入）' },
      { value: 'c', label: '训练计算量 C ≈ 6ND' },
    ],
  },
  out: { kind: 'list', label: '不参加拟合的模型（序号，从 0 数）', default: [], min: 0, max: SIZES.length - 1, minLength: 0, maxLength: SIZES.length },
  e: { kind: 'number', label: '不可约损失 E（先减去再拟合）', default: 0, min: 0, max: 3, step: 0.05 },
  ext: { kind: 'number', label: '外推到最大模型的多少倍', default: 100, min: 1, max: 10_000, scale: 'log' },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Parts of the view `?hide=` may name besides the parameters. */
export const CONTROLS = ['curves', 'table', 'compare'] as const;

/** Left-out sizes: sorted, without repeats; if fewer than MIN_KEPT would remain, the largest left-out ones come back. */
export function normalize(v: Values): Normalized<Values> {
  const sorted = [...new Set(v.out)].sort((a, b) => a - b);
  const allowed = SIZES.length - MIN_KEPT;
  const out = sorted.slice(0, allowed);
  const notices = out.length < sorted.length ? [`至少要留 ${MIN_KEPT} 个模型参加拟合（估计指数的误差需要 n − 2 > 0），已放回 ${sorted.slice(allowed).map((i) => `#${i}`).join('、')}`] : [];
  if (out.length === v.out.length && out.every((o, i) => o === v.out[i])) return { values: v, notices };
  return { values: { ...v, out }, notices };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });
