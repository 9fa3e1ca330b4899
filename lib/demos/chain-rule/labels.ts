/**
 * The texts of the chain-rule network: each weight's label on its edge and each node's values so
 * far (z, a, u, ŷ, L, then the δs of the backward pass). Numbers carry the true minus sign (U+2212).
 */
import { fixed, tick } from '../format';
import type { EdgeSpec } from './layout';
import type { NodeId, ParamName, Params, Step } from './params';

const EDGES: { from: NodeId; to: NodeId; param?: ParamName; name: string }[] = [
  { from: 'x1', to: 'h1', param: 'w11', name: 'w₁₁' },
  { from: 'x2', to: 'h1', param: 'w12', name: 'w₁₂' },
  { from: 'x1', to: 'h2', param: 'w21', name: 'w₂₁' },
  { from: 'x2', to: 'h2', param: 'w22', name: 'w₂₂' },
  { from: 'h1', to: 'o', param: 'v1', name: 'v₁' },
  { from: 'h2', to: 'o', param: 'v2', name: 'v₂' },
  { from: 'o', to: 'L', name: '' },
];

/** The edges with their weights: "w₁₂ = −0.3" on one line, or name over value on a narrow picture. */
export function networkEdges(p: Params, twoLines: boolean): (EdgeSpec & { param?: ParamName })[] {
  return EDGES.map((e) => {
    if (!e.param) return { from: e.from, to: e.to, label: [] };
    const value = tick(p[e.param]);
    return { from: e.from, to: e.to, param: e.param, label: twoLines ? [e.name, value] : [`${e.name} = ${value}`] };
  });
}

/** Each node's lines after `done` steps: "z₁ 0.4500" once computed, "?" before; δ lines once the backward pass reaches them. */
export function networkNotes(steps: readonly Step[], done: number, x: [number, number]): Record<NodeId, string[]> {
  const value = (i: number) => (done > i ? fixed(steps[i].value, 4) : '?');
  const notes: Record<NodeId, string[]> = {
    x1: [`= ${tick(x[0])}`],
    x2: [`= ${tick(x[1])}`],
    h1: [`z₁ ${value(0)}`, `a₁ ${value(1)}`],
    h2: [`z₂ ${value(2)}`, `a₂ ${value(3)}`],
    o: [`u ${value(4)}`, `ŷ ${value(5)}`],
    L: [`L ${value(6)}`],
  };
  if (done > 7) notes.L.push(`∂L/∂ŷ ${fixed(steps[7].value, 4)}`);
  if (done > 8) notes.o.push(`δᵤ ${fixed(steps[8].value, 4)}`);
  if (done > 12) notes.h1.push(`δ₁ ${fixed(steps[12].value, 4)}`);
  if (done > 16) notes.h2.push(`δ₂ ${fixed(steps[16].value, 4)}`);
  return notes;
}
