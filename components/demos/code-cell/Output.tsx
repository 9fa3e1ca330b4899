'use client';

import { niceRange } from '@/lib/demos/axis';
import { tick } from '@/lib/demos/format';
import type { OutItem } from '@/lib/demos/code-cell/protocol';

const W = 300;
const H = 150;
const PAD = { l: 44, r: 8, t: 8, b: 22 };
const COLORS = ['var(--accent)', 'var(--cc-number)', 'var(--cc-string)', 'var(--cc-keyword)', 'var(--erratum)', 'var(--muted)'];

function Plot({ item }: { item: Extract<OutItem, { kind: 'plot' }> }) {
  const all = item.series.flatMap((s) => s.ys);
  const n = Math.max(2, ...item.series.map((s) => s.ys.length));
  const { lo, hi, ticks } = niceRange(Math.min(...all), Math.max(...all));
  const x = (i: number) => PAD.l + (i / (n - 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo || 1)) * (H - PAD.t - PAD.b);
  const label = item.series.map((s) => `${s.name}：${s.ys.length} 个点，从 ${tick(s.ys[0] ?? 0)} 到 ${tick(s.ys.at(-1) ?? 0)}`).join('；');
  return (
    <figure className="cc-plot">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`折线图。${label}`}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} stroke="var(--border)" />
            <text x={PAD.l - 4} y={y(v) + 4} textAnchor="end" fontSize="13" fill="var(--muted)">
              {tick(v)}
            </text>
          </g>
        ))}
        <text x={PAD.l} y={H - 6} fontSize="13" fill="var(--muted)">0</text>
        <text x={W - PAD.r} y={H - 6} fontSize="13" textAnchor="end" fill="var(--muted)">{n - 1}</text>
        {item.series.map((s, k) => (
          <polyline key={s.name} fill="none" stroke={COLORS[k % COLORS.length]} strokeWidth="2" points={s.ys.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
        ))}
      </svg>
      {item.series.length > 1 ? <figcaption>{item.series.map((s, k) => <span key={s.name} style={{ color: COLORS[k % COLORS.length] }}>— {s.name} </span>)}</figcaption> : null}
      {item.note ? <p className="cc-note">{item.note}</p> : null}
    </figure>
  );
}

function Table({ item }: { item: Extract<OutItem, { kind: 'table' }> }) {
  return (
    <div className="cc-table-wrap" tabIndex={0} role="group" aria-label={`张量的值，形状 [${item.shape.join(', ')}]`}>
      <table className="cc-table">
        <caption>形状 [{item.shape.join(', ')}]{item.note ? `，${item.note}` : ''}</caption>
        <tbody>
          {item.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i}</th>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the run printed, in order: text lines, tables of values, line charts. */
export function Output({ items }: { items: readonly OutItem[] }) {
  return (
    <>
      {items.map((item, i) =>
        item.kind === 'text' ? (
          <pre key={i} className="cc-text">
            {item.text}
          </pre>
        ) : item.kind === 'table' ? (
          <Table key={i} item={item} />
        ) : (
          <Plot key={i} item={item} />
        ),
      )}
    </>
  );
}
