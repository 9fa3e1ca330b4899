'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { MAX_HEAT_COLUMNS, formatExact, heatColor, isMasked, maxAbs } from '@/lib/demos/attention/format';
import s from './AttentionExplorer.module.css';

export interface HeatGridProps {
  caption: string;
  matrix: number[][];
  rowLabels: readonly string[];
  /** Column headers; with `maxColumns`, only the first ones are drawn. */
  colLabels: readonly string[];
  /** 'prob': 0…1 (attention weights); 'signed': scaled by the largest |value|. */
  mode: 'prob' | 'signed';
  /** The label of a cell, for screen readers and the readout (fmt: how to write the value). */
  cellLabel: (i: number, j: number, v: number, fmt?: (v: number) => string) => string;
  maxColumns?: number;
  /** A bigger grid (the main weights map). */
  large?: boolean;
  /** What the rows are, for the corner header (read by screen readers only). */
  rowsAre?: string;
}

/**
 * A matrix as a heat map: an HTML grid with one focusable cell at a time (roving tabindex; arrow
 * keys, Home/End move), each cell labelled with its tokens and value; hovering or focusing a cell
 * writes its exact value under the grid.
 */
export function HeatGrid({ caption, matrix, rowLabels, colLabels, mode, cellLabel, maxColumns = MAX_HEAT_COLUMNS, large = false, rowsAre = '词元' }: HeatGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [shown, setShown] = useState<[number, number] | null>(null);
  const rows = matrix.length;
  const allCols = matrix[0]?.length ?? 0;
  const cols = Math.min(allCols, maxColumns);
  const range = mode === 'signed' ? maxAbs(matrix) : 1;
  const ar = Math.min(active[0], rows - 1);
  const ac = Math.min(active[1], cols - 1);

  const move = (r: number, c: number) => {
    const nr = Math.min(rows - 1, Math.max(0, r));
    const nc = Math.min(cols - 1, Math.max(0, c));
    setActive([nr, nc]);
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${nr}"][data-c="${nc}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [ar - 1, ac],
      ArrowDown: [ar + 1, ac],
      ArrowLeft: [ar, ac - 1],
      ArrowRight: [ar, ac + 1],
      Home: [e.ctrlKey ? 0 : ar, 0],
      End: [e.ctrlKey ? rows - 1 : ar, cols - 1],
    };
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    move(...to);
  };

  const readout = shown && shown[0] < rows && shown[1] < cols ? cellLabel(shown[0], shown[1], matrix[shown[0]][shown[1]], formatExact) : null;

  return (
    <figure className={`${s.heat} ${large ? s.large : ''}`}>
      <figcaption className={s.heatCaption}>{caption}</figcaption>
      <div className={s.heatScroll}>
        <table ref={tableRef} className={s.table} role="grid" aria-label={caption} onKeyDown={onKeyDown} onMouseLeave={() => setShown(null)}>
          <thead>
            <tr>
              <th scope="col" className={s.corner}>
                <span className="visually-hidden">{rowsAre}</span>
              </th>
              {colLabels.slice(0, cols).map((label, j) => (
                <th key={j} scope="col" title={label}>
                  <span>{label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, i) => (
              <tr key={i}>
                <th scope="row" title={rowLabels[i]}>
                  {rowLabels[i]}
                </th>
                {row.slice(0, cols).map((v, j) => (
                  <td
                    key={j}
                    role="gridcell"
                    data-r={i}
                    data-c={j}
                    tabIndex={i === ar && j === ac ? 0 : -1}
                    aria-label={cellLabel(i, j, v)}
                    className={isMasked(v) ? s.masked : undefined}
                    style={{ background: heatColor(v, mode, range) }}
                    onFocus={() => (setActive([i, j]), setShown([i, j]))}
                    onMouseEnter={() => setShown([i, j])}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={s.readout} aria-hidden="true">
        {readout ?? `${mode === 'prob' ? '颜色越深，权重越大（0 → 1）' : `蓝色为正、红色为负，最深处 |值| ≈ ${range.toPrecision(3)}`}；悬停或用方向键查看精确数值。`}
      </p>
      {allCols > cols ? <p className={s.note}>只画出前 {cols} 列（共 {allCols} 列），全部数值见下方表格。</p> : null}
    </figure>
  );
}
