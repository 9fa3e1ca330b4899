'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { fixed } from '@/lib/demos/format';
import { heatColor } from '@/lib/demos/attention/format';
import { row, type LayerTrace } from '@/lib/demos/transformer-view/engine';
import { visibleToken } from '@/lib/demos/mini-gpt/params';
import { typeset } from '../kit/typeset';
import { dataValues } from './Strip';
import s from './view.module.css';

/** Column headers: the prompt's characters, the traced one outlined. */
function Head({ chars, at, corner }: { chars: readonly string[]; at: number; corner: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{corner}</th>
        {chars.map((c, j) => (
          <th key={j} scope="col" className={j === at ? s.traced : undefined} data-traced={j === at ? '' : undefined}>
            {visibleToken(c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table that may be wider than the column: scrolls sideways by itself, keeping the traced column in view. */
function Scroll({ label, at, children }: { label: string; at: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    const cell = box?.querySelector<HTMLElement>('th[data-traced]');
    if (!box || !cell) return;
    const right = cell.offsetLeft + cell.offsetWidth;
    if (cell.offsetLeft < box.scrollLeft || right > box.scrollLeft + box.clientWidth) box.scrollLeft = Math.max(0, right - box.clientWidth + 8);
  }, [at]);
  return (
    <div ref={ref} className={s.scroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * The chosen head's scores for the traced position over every position: QKᵀ, ÷√d_k, and with the
 * causal mask (−∞ after the traced position). data-values: the QKᵀ row.
 */
export function ScoreRows({ layer, at, head, chars, dk, names }: { layer: LayerTrace; at: number; head: number; chars: readonly string[]; dk: number; names: readonly [string, string, string] }) {
  const raw = row(layer.scores, at, head);
  const scaled = Array.from(raw, (v) => v / Math.sqrt(dk));
  const range = Math.max(1e-9, ...scaled.slice(0, at + 1).map(Math.abs));
  const rows: { name: string; cell: (j: number) => { text: string; masked: boolean; bg?: string } }[] = [
    { name: names[0], cell: (j) => ({ text: fixed(raw[j], 2), masked: false }) },
    { name: names[1], cell: (j) => ({ text: fixed(scaled[j], 2), masked: false }) },
    { name: names[2], cell: (j) => (j > at ? { text: '−∞', masked: true } : { text: fixed(scaled[j], 2), masked: false, bg: heatColor(scaled[j], 'signed', range) }) },
  ];
  return (
    <Scroll label={`头 ${head + 1} 的分数`} at={at}>
      <table className={s.grid} data-key="scores" data-values={dataValues(raw)}>
        <Head chars={chars} at={at} corner={`头 ${head + 1}`} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{typeset(r.name)}</th>
              {chars.map((_, j) => {
                const c = r.cell(j);
                return (
                  <td key={j} className={c.masked ? s.masked : undefined} style={c.bg ? { boxShadow: `inset 0 -5px 0 ${c.bg}` } : undefined}>
                    {c.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** Every head's attention weights of the traced position (rows: heads), masked positions hatched. */
export function WeightRows({ layer, at, head, chars }: { layer: LayerTrace; at: number; head: number; chars: readonly string[] }) {
  const H = layer.weights.shape[0];
  const rows = Array.from({ length: H }, (_, h) => row(layer.weights, at, h));
  return (
    <Scroll label="各个头的注意力权重" at={at}>
      <table className={s.grid} data-key="weights" data-values={rows.map((r) => dataValues(r)).join(',')}>
        <Head chars={chars} at={at} corner="头" />
        <tbody>
          {rows.map((r, h) => (
            <tr key={h} className={h === head ? s.chosen : undefined}>
              <th scope="row">头 {h + 1}</th>
              {chars.map((_, j) =>
                j > at ? (
                  <td key={j} className={s.masked}>
                    0
                  </td>
                ) : (
                  <td key={j} style={{ boxShadow: `inset 0 -5px 0 ${heatColor(r[j], 'prob')}` }}>
                    {fixed(r[j], 2)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
