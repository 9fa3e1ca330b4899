/**
 * The chain-rule stepper's maths, in plain JavaScript (float64): the 2-2-1 sigmoid network of the
 * chapter's worked example (#bp-worked-example), its forward pass node by node, the backward pass as
 * products of local derivatives, and central finite differences as an independent check.
 *
 *   zⱼ = wⱼ₁x₁ + wⱼ₂x₂ + bⱼ,  aⱼ = σ(zⱼ)   (j = 1, 2; wⱼₖ goes from input k to hidden unit j)
 *   u = v₁a₁ + v₂a₂ + c,  ŷ = σ(u),  L = ½(ŷ − y)²
 */
import { fixed } from '../format';
import { defineSpec, type ParamTable, type ParamValues } from '../params';

const weight = (label: string, value: number) => ({ kind: 'number', label, default: value, min: -5, max: 5, step: 0.1, input: 'number' }) as const;

/** The nine parameters a gradient is taken for, in the chapter's order. */
export const PARAM_NAMES = ['w11', 'w12', 'b1', 'w21', 'w22', 'b2', 'v1', 'v2', 'c'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
export type Params = Record<ParamName, number>;
export interface Sample {
  x1: number;
  x2: number;
  y: number;
}

/** Step count: 7 forward nodes, 13 backward quantities, and the autodiff comparison. */
export const STEP_COUNT = 21;

export const PARAMS = {
  x1: weight('输入 x₁', 1),
  x2: weight('输入 x₂', 0.5),
  y: { kind: 'number', label: '目标 y', default: 1, min: 0, max: 1, step: 0.05, input: 'number' },
  w11: weight('w₁₁', 0.5),
  w12: weight('w₁₂', -0.3),
  w21: weight('w₂₁', 0.2),
  w22: weight('w₂₂', 0.8),
  b1: weight('b₁', 0.1),
  b2: weight('b₂', -0.1),
  v1: weight('v₁', 0.7),
  v2: weight('v₂', -0.4),
  c: weight('c', 0.2),
  step: { kind: 'int', label: '已完成的步数', default: 0, min: 0, max: STEP_COUNT },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['play', 'params', 'table'] as const;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Forward {
  z1: number;
  z2: number;
  a1: number;
  a2: number;
  u: number;
  yHat: number;
  loss: number;
}

export function forward(p: Params, s: Sample): Forward {
  const z1 = p.w11 * s.x1 + p.w12 * s.x2 + p.b1;
  const z2 = p.w21 * s.x1 + p.w22 * s.x2 + p.b2;
  const a1 = sigmoid(z1);
  const a2 = sigmoid(z2);
  const u = p.v1 * a1 + p.v2 * a2 + p.c;
  const yHat = sigmoid(u);
  return { z1, z2, a1, a2, u, yHat, loss: 0.5 * (yHat - s.y) ** 2 };
}

export interface Backward {
  dYHat: number;
  dsU: number;
  deltaU: number;
  dA1: number;
  dA2: number;
  dsZ1: number;
  dsZ2: number;
  delta1: number;
  delta2: number;
  grads: Params;
}

/** The backward pass of the chapter's table: each quantity one local derivative further back. */
export function backward(p: Params, s: Sample, f: Forward = forward(p, s)): Backward {
  const dYHat = f.yHat - s.y;
  const dsU = f.yHat * (1 - f.yHat);
  const deltaU = dYHat * dsU;
  const dA1 = p.v1 * deltaU;
  const dA2 = p.v2 * deltaU;
  const dsZ1 = f.a1 * (1 - f.a1);
  const dsZ2 = f.a2 * (1 - f.a2);
  const delta1 = dA1 * dsZ1;
  const delta2 = dA2 * dsZ2;
  const grads: Params = {
    w11: delta1 * s.x1,
    w12: delta1 * s.x2,
    b1: delta1,
    w21: delta2 * s.x1,
    w22: delta2 * s.x2,
    b2: delta2,
    v1: deltaU * f.a1,
    v2: deltaU * f.a2,
    c: deltaU,
  };
  return { dYHat, dsU, deltaU, dA1, dA2, dsZ1, dsZ2, delta1, delta2, grads };
}

/** Central differences (L(θ + h eᵢ) − L(θ − h eᵢ)) / 2h for every parameter. */
export function finiteDifferences(p: Params, s: Sample, h = 1e-5): Params {
  const out = {} as Params;
  for (const name of PARAM_NAMES) {
    const plus = forward({ ...p, [name]: p[name] + h }, s).loss;
    const minus = forward({ ...p, [name]: p[name] - h }, s).loss;
    out[name] = (plus - minus) / (2 * h);
  }
  return out;
}

export function maxAbsDifference(a: Params, b: Params): number {
  return Math.max(...PARAM_NAMES.map((n) => Math.abs(a[n] - b[n])));
}

/** The network's nodes, as drawn: inputs, hidden units, output, loss. */
export type NodeId = 'x1' | 'x2' | 'h1' | 'h2' | 'o' | 'L';

/** One factor of a chain: its symbol (e.g. "∂ŷ/∂u") and its value. */
export interface Factor {
  symbol: string;
  value: number;
}

export interface Step {
  phase: 'forward' | 'backward' | 'check';
  /** The quantity, e.g. "z₁" or "∂L/∂w₁₁". */
  symbol: string;
  /** How it is computed, with the numbers filled in. */
  formula: string;
  value: number;
  /** Local derivatives whose product is the value (backward steps). */
  chain: Factor[];
  /** Nodes to highlight. */
  nodes: NodeId[];
  /** Parameter whose gradient this is, if any (its edge is highlighted). */
  param?: ParamName;
}

/** Six decimals with a true minus sign, as in the chapter. */
export const fmt = (v: number, digits = 6) => fixed(v, digits);
const par = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
const num = (v: number) => par(Number(v.toPrecision(6)));
const short = (v: number) => {
  const t = String(Number(v.toPrecision(6)));
  return v < 0 ? `(${t.replace('-', '−')})` : t;
};

/** "∂L/∂ŷ · ∂ŷ/∂u · ∂u/∂a₁" (a factor's symbol may carry its meaning: "∂u/∂a₁ = v₁"). */
const chainSymbols = (chain: Factor[]) => chain.map((c) => c.symbol.split(' = ')[0]).join(' · ');

/** Every step of the walk-through, computed from the current parameters and sample. */
export function buildSteps(p: Params, s: Sample): Step[] {
  const f = forward(p, s);
  const b = backward(p, s, f);
  const dL = { symbol: '∂L/∂ŷ', value: b.dYHat };
  const dU = { symbol: '∂ŷ/∂u', value: b.dsU };
  const step = (phase: Step['phase'], symbol: string, formula: string, value: number, nodes: NodeId[], chain: Factor[] = [], param?: ParamName): Step =>
    ({ phase, symbol, formula, value, nodes, chain, param });
  const product = (chain: Factor[]) => chain.map((c) => par(c.value)).join(' × ');
  const grad = (param: ParamName, symbol: string, chain: Factor[], nodes: NodeId[]) =>
    step('backward', `∂L/∂${symbol}`, `${chainSymbols(chain)} = ${product(chain)}`, b.grads[param], nodes, chain, param);
  const hidden1 = [dL, dU, { symbol: '∂u/∂a₁ = v₁', value: p.v1 }, { symbol: '∂a₁/∂z₁', value: b.dsZ1 }];
  const hidden2 = [dL, dU, { symbol: '∂u/∂a₂ = v₂', value: p.v2 }, { symbol: '∂a₂/∂z₂', value: b.dsZ2 }];
  return [
    step('forward', 'z₁', `w₁₁x₁ + w₁₂x₂ + b₁ = ${short(p.w11)}×${short(s.x1)} + ${short(p.w12)}×${short(s.x2)} + ${short(p.b1)}`, f.z1, ['x1', 'x2', 'h1']),
    step('forward', 'a₁', `σ(z₁) = σ(${num(f.z1)})`, f.a1, ['h1']),
    step('forward', 'z₂', `w₂₁x₁ + w₂₂x₂ + b₂ = ${short(p.w21)}×${short(s.x1)} + ${short(p.w22)}×${short(s.x2)} + ${short(p.b2)}`, f.z2, ['x1', 'x2', 'h2']),
    step('forward', 'a₂', `σ(z₂) = σ(${num(f.z2)})`, f.a2, ['h2']),
    step('forward', 'u', `v₁a₁ + v₂a₂ + c = ${short(p.v1)}×${fmt(f.a1)} + ${short(p.v2)}×${fmt(f.a2)} + ${short(p.c)}`, f.u, ['h1', 'h2', 'o']),
    step('forward', 'ŷ', `σ(u) = σ(${fmt(f.u)})`, f.yHat, ['o']),
    step('forward', 'L', `½(ŷ − y)² = ½(${fmt(f.yHat)} − ${short(s.y)})²`, f.loss, ['o', 'L']),
    step('backward', '∂L/∂ŷ', `ŷ − y = ${fmt(f.yHat)} − ${short(s.y)}`, b.dYHat, ['L', 'o'], [dL]),
    step('backward', 'δᵤ = ∂L/∂u', `∂L/∂ŷ · ∂ŷ/∂u，其中 ∂ŷ/∂u = ŷ(1 − ŷ) = ${fmt(b.dsU)}；${product([dL, dU])}`, b.deltaU, ['o'], [dL, dU]),
    grad('v1', 'v₁', [dL, dU, { symbol: '∂u/∂v₁ = a₁', value: f.a1 }], ['h1', 'o']),
    grad('v2', 'v₂', [dL, dU, { symbol: '∂u/∂v₂ = a₂', value: f.a2 }], ['h2', 'o']),
    grad('c', 'c', [dL, dU, { symbol: '∂u/∂c', value: 1 }], ['o']),
    step('backward', 'δ₁ = ∂L/∂z₁', `${chainSymbols(hidden1)} = ${product(hidden1)}`, b.delta1, ['o', 'h1'], hidden1),
    grad('w11', 'w₁₁', [...hidden1, { symbol: '∂z₁/∂w₁₁ = x₁', value: s.x1 }], ['x1', 'h1']),
    grad('w12', 'w₁₂', [...hidden1, { symbol: '∂z₁/∂w₁₂ = x₂', value: s.x2 }], ['x2', 'h1']),
    grad('b1', 'b₁', [...hidden1, { symbol: '∂z₁/∂b₁', value: 1 }], ['h1']),
    step('backward', 'δ₂ = ∂L/∂z₂', `${chainSymbols(hidden2)} = ${product(hidden2)}`, b.delta2, ['o', 'h2'], hidden2),
    grad('w21', 'w₂₁', [...hidden2, { symbol: '∂z₂/∂w₂₁ = x₁', value: s.x1 }], ['x1', 'h2']),
    grad('w22', 'w₂₂', [...hidden2, { symbol: '∂z₂/∂w₂₂ = x₂', value: s.x2 }], ['x2', 'h2']),
    grad('b2', 'b₂', [...hidden2, { symbol: '∂z₂/∂b₂', value: 1 }], ['h2']),
    step('check', '与自动微分对照', 'tf.grads 对同一损失求全部 9 个偏导数', 0, ['x1', 'x2', 'h1', 'h2', 'o', 'L']),
  ];
}

/** The parameters and the sample out of the demo's values. */
export function split(v: Values): { params: Params; sample: Sample } {
  const params = {} as Params;
  for (const n of PARAM_NAMES) params[n] = v[n];
  return { params, sample: { x1: v.x1, x2: v.x2, y: v.y } };
}

/** Subscripted label of a parameter, for tables: w11 → w₁₁. */
export const PARAM_LABELS: Record<ParamName, string> = {
  w11: 'w₁₁', w12: 'w₁₂', b1: 'b₁', w21: 'w₂₁', w22: 'w₂₂', b2: 'b₂', v1: 'v₁', v2: 'v₂', c: 'c',
};

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
