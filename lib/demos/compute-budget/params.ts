/**
 * The compute-budget demo's spec: a budget C (log slider, 10¹⁸…10²⁶ FLOP), the accelerator, its
 * utilisation, how many of them and the price of an accelerator-hour. Defaults reproduce the
 * chapter's example (#cc-training-time): GPT-3's 3.14 × 10²³ FLOP on 1024 A100 at 40 %.
 */
import { defineSpec, type ParamTable, type ParamValues } from '../params';
import { ACCELERATORS } from './hardware';

export const BUDGET_MIN = 1e18;
export const BUDGET_MAX = 1e26;

export const PARAMS = {
  c: { kind: 'number', label: '算力预算 C（FLOP）', default: 3.14e23, min: BUDGET_MIN, max: BUDGET_MAX, scale: 'log' },
  hw: { kind: 'enum', label: '加速器', default: 'a100', options: ACCELERATORS.map((a) => ({ value: a.id, label: a.label })) },
  mfu: { kind: 'number', label: '利用率 u（MFU）', default: 0.4, min: 0.05, max: 0.8, step: 0.01 },
  gpus: { kind: 'int', label: '卡数 n', default: 1024, min: 1, max: 100_000, input: 'number' },
  price: { kind: 'number', label: '每卡每小时价格（美元）', default: 2, min: 0, max: 50, step: 0.1, input: 'number' },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Parts of the view `?hide=` may name besides the parameters. */
export const CONTROLS = ['models', 'formula', 'table'] as const;

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
