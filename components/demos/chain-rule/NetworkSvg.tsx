'use client';

import type { NodeId, ParamName, Params, Step } from '@/lib/demos/chain-rule/params';
import { fmt } from '@/lib/demos/chain-rule/params';
import styles from './ChainRule.module.css';

const POS: Record<NodeId, [number, number]> = { x1: [50, 60], x2: [50, 180], h1: [220, 60], h2: [220, 180], o: [390, 120], L: [480, 120] };
const NAMES: Record<NodeId, string> = { x1: 'x₁', x2: 'x₂', h1: 'h₁', h2: 'h₂', o: 'ŷ', L: 'L' };
const EDGES: { from: NodeId; to: NodeId; param?: ParamName; label: string; t: number }[] = [
  { from: 'x1', to: 'h1', param: 'w11', label: 'w₁₁', t: 0.5 },
  { from: 'x2', to: 'h1', param: 'w12', label: 'w₁₂', t: 0.25 },
  { from: 'x1', to: 'h2', param: 'w21', label: 'w₂₁', t: 0.75 },
  { from: 'x2', to: 'h2', param: 'w22', label: 'w₂₂', t: 0.5 },
  { from: 'h1', to: 'o', param: 'v1', label: 'v₁', t: 0.5 },
  { from: 'h2', to: 'o', param: 'v2', label: 'v₂', t: 0.5 },
  { from: 'o', to: 'L', label: '', t: 0.5 },
];
const R = 24;

/**
 * The 2-2-1 network: nodes with the values computed so far, edges with their weights; the current
 * step's nodes (and the edge of the weight whose gradient it is) are highlighted.
 */
export function NetworkSvg({ steps, done, params, x }: { steps: Step[]; done: number; params: Params; x: [number, number] }) {
  const current = done > 0 ? steps[done - 1] : null;
  const active = new Set(current?.nodes ?? []);
  const value = (i: number) => (done > i ? fmt(steps[i].value, 4) : '?');
  const notes: Record<NodeId, string[]> = {
    x1: [`= ${x[0]}`],
    x2: [`= ${x[1]}`],
    h1: [`z₁ ${value(0)}`, `a₁ ${value(1)}`],
    h2: [`z₂ ${value(2)}`, `a₂ ${value(3)}`],
    o: [`u ${value(4)}`, `ŷ ${value(5)}`],
    L: [`${value(6)}`],
  };
  const deltas: Partial<Record<NodeId, string>> = {};
  if (done > 8) deltas.o = `δᵤ ${fmt(steps[8].value, 4)}`;
  if (done > 12) deltas.h1 = `δ₁ ${fmt(steps[12].value, 4)}`;
  if (done > 16) deltas.h2 = `δ₂ ${fmt(steps[16].value, 4)}`;
  if (done > 7) deltas.L = `∂L/∂ŷ ${fmt(steps[7].value, 4)}`;
  return (
    <svg className={styles.net} viewBox="0 0 530 250" role="img" aria-label={`2-2-1 网络${current ? `，当前：${current.symbol}` : ''}`}>
      {EDGES.map((e) => {
        const [x1, y1] = POS[e.from];
        const [x2, y2] = POS[e.to];
        const on = current?.param ? current.param === e.param : active.has(e.from) && active.has(e.to);
        const lx = x1 + (x2 - x1) * e.t;
        const ly = y1 + (y2 - y1) * e.t;
        return (
          <g key={`${e.from}-${e.to}`}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} className={on ? styles.edgeOn : styles.edge} />
            {e.param ? (
              <text x={lx} y={ly - 5} className={styles.edgeLabel} textAnchor="middle">
                {e.label}={params[e.param]}
              </text>
            ) : null}
          </g>
        );
      })}
      {(Object.keys(POS) as NodeId[]).map((id) => {
        const [cx, cy] = POS[id];
        return (
          <g key={id}>
            <circle cx={cx} cy={cy} r={id === 'L' ? R * 0.8 : R} className={active.has(id) ? styles.nodeOn : styles.node} />
            <text x={cx} y={cy + 5} textAnchor="middle" className={styles.nodeName}>
              {NAMES[id]}
            </text>
            {notes[id].map((t, i) => (
              <text key={t} x={cx} y={cy + R + 14 + i * 13} textAnchor="middle" className={styles.note}>
                {t}
              </text>
            ))}
            {deltas[id] ? (
              <text x={cx} y={cy - R - 6} textAnchor="middle" className={styles.delta}>
                {deltas[id]}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
