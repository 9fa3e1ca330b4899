'use client';

import { useRef } from 'react';
import type { NodeId, Params, Step } from '@/lib/demos/chain-rule/params';
import { networkNotes, networkEdges } from '@/lib/demos/chain-rule/labels';
import { FONT, LINE_HEIGHT, WIDE_FROM, networkLayout, type PlacedText } from '@/lib/demos/chain-rule/layout';
import { useWidth } from '../kit/canvas';
import styles from './ChainRule.module.css';

const NAMES: Record<NodeId, string> = { x1: 'x₁', x2: 'x₂', h1: 'h₁', h2: 'h₂', o: 'ŷ', L: 'L' };

/** A block of lines centred on its spot; lines of a gradient (δ, ∂) in the accent colour. */
function Block({ t, className }: { t: PlacedText; className: string }) {
  const top = t.cy - (t.lines.length * LINE_HEIGHT) / 2 + LINE_HEIGHT * 0.78;
  return (
    <>
      {t.lines.map((line, i) => (
        <text key={i} x={t.cx} y={top + i * LINE_HEIGHT} textAnchor="middle" className={/^[δ∂]/.test(line) ? styles.delta : className}>
          {line}
        </text>
      ))}
    </>
  );
}

/**
 * The 2-2-1 network: nodes with the values computed so far, edges with their weights; the current
 * step's nodes (and the edge of the weight whose gradient it is) are highlighted. Drawn at its real
 * size: left to right in a wide box, top to bottom on a phone, never shrunk.
 */
export function NetworkSvg({ steps, done, params, x }: { steps: Step[]; done: number; params: Params; x: [number, number] }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const available = useWidth(boxRef, 320);
  const current = done > 0 ? steps[done - 1] : null;
  const active = new Set(current?.nodes ?? []);
  const edges = networkEdges(params, available < WIDE_FROM);
  const layout = networkLayout(available, edges, networkNotes(steps, done, x));
  const on = (i: number) => (current?.param ? current.param === edges[i].param : active.has(edges[i].from) && active.has(edges[i].to));
  return (
    <div ref={boxRef} className={styles.netBox}>
      <svg
        className={styles.net}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={`2-2-1 网络${current ? `，当前：${current.symbol}` : ''}`}
        data-orientation={layout.orientation}
        style={{ fontSize: FONT.text }}
      >
        {layout.edges.map((e, i) => {
          const [x1, y1, x2, y2] = e.line;
          return <line key={`${e.from}-${e.to}`} x1={x1} y1={y1} x2={x2} y2={y2} className={on(i) ? styles.edgeOn : styles.edge} data-edge="" />;
        })}
        {layout.edges.map((e, i) => (e.label ? <Block key={`${e.from}-${e.to}`} t={e.label} className={on(i) ? styles.edgeLabelOn : styles.edgeLabel} /> : null))}
        {(Object.keys(layout.nodes) as NodeId[]).map((id) => {
          const [cx, cy] = layout.nodes[id];
          const note = layout.notes[id];
          return (
            <g key={id}>
              <circle cx={cx} cy={cy} r={id === 'L' ? layout.radius * 0.8 : layout.radius} className={active.has(id) ? styles.nodeOn : styles.node} />
              <text x={cx} y={cy + 5} textAnchor="middle" className={styles.nodeName}>
                {NAMES[id]}
              </text>
              {note ? <Block t={note} className={styles.note} /> : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
