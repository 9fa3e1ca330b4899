'use client';

import { useId, useRef, useState } from 'react';
import { axisTicks, decadeRange, niceRange, wantsLogScale } from '@/lib/demos/axis';
import { num, tick } from '@/lib/demos/format';
import { useWidth } from './canvas';
import { NumbersTable } from './controls';
import s from './LossChart.module.css';

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  /** Legend and table header. */
  name: string;
  /** Any CSS colour (a theme variable works: `var(--accent)`). */
  color: string;
  /** SVG stroke-dasharray, e.g. '6 3'. */
  dash?: string;
  points: readonly ChartPoint[];
  /** A dot per point (sparse series such as a held-out evaluation). */
  dots?: boolean;
}

export interface LossChartProps {
  series: readonly ChartSeries[];
  /** Axis titles, which also name the loss: '训练步数', '均方误差 L'. */
  xLabel: string;
  yLabel: string;
  /** 'auto': by decades when every value is positive and they span more than one decade. */
  scale?: 'auto' | 'linear' | 'log';
  /** A horizontal reference line (e.g. the loss of a uniform guess). */
  reference?: { y: number; label: string; color?: string };
  /** The x axis reaches at least this far (e.g. the planned number of steps). */
  xMax?: number;
  /** Values above this are drawn at the top edge (a diverging run would flatten the rest). */
  yCap?: number;
  height?: number;
  /** Caption of the data table under the chart and its x column's header; none when an embed hid the tables. */
  table?: { caption: string; x: string };
}

const MARGIN = { left: 60, right: 12, top: 12, bottom: 40 };
/** Points drawn per series at most: more than the chart has pixels gains nothing. */
const MAX_DRAWN = 600;
/** Rows of the data table at most (evenly spread, the last always included). */
const MAX_ROWS = 25;

function thin<T>(xs: readonly T[], max: number): T[] {
  if (xs.length <= max) return [...xs];
  const stride = Math.ceil(xs.length / max);
  const out = xs.filter((_, i) => i % stride === 0);
  if (out[out.length - 1] !== xs[xs.length - 1]) out.push(xs[xs.length - 1]);
  return out;
}

const superscript = (n: number) => String(n).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);

/**
 * The one loss chart of the demos (gradient descent, the trainer, "train from scratch"): SVG sized
 * to its box in real pixels so the labels stay readable on a phone, axes with titles and round
 * ticks (by decades when the loss spans them), a legend drawn in each series' own colour and dash,
 * an optional reference line, and the numbers as a table for screen readers and notes.
 */
export function LossChart({ series, xLabel, yLabel, scale = 'auto', reference, xMax = 0, yCap = Infinity, height = 220, table }: LossChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useWidth(boxRef, 560);

  const drawn = series.map((sr) => thin(sr.points.filter((p) => Number.isFinite(p.y)), MAX_DRAWN).map((p) => ({ x: p.x, y: Math.min(p.y, yCap) })));
  const ys = drawn.flat().map((p) => p.y);
  if (reference) ys.push(reference.y);
  const log = scale === 'linear' ? false : wantsLogScale(ys, scale === 'log' ? 1 : 10);
  // On a log axis exact zeros (a converged run) cannot be drawn: they are left out.
  if (log) drawn.forEach((pts, k) => (drawn[k] = pts.filter((p) => p.y > 0)));
  const shown = log ? ys.filter((v) => v > 0) : ys;
  const yMinData = shown.length ? Math.min(...shown) : 0;
  const yMaxData = shown.length ? Math.max(...shown) : 1;
  const yAxis = log ? decadeRange(yMinData, yMaxData) : niceRange(Math.min(0, yMinData), yMaxData, 4);
  const xTop = axisTicks(Math.max(xMax, 1, ...drawn.flat().map((p) => p.x)), width < 420 ? 3 : 5);

  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + (x / xTop.top) * plotW;
  const py = (y: number) => {
    const u = log ? Math.log10(y) : y;
    return MARGIN.top + plotH - ((u - yAxis.lo) / (yAxis.hi - yAxis.lo)) * plotH;
  };
  const tickLabel = (t: number) => (log ? `10${superscript(t)}` : tick(t));
  const last = series.map((sr) => sr.points[sr.points.length - 1]);
  const summaryId = useId();
  const summary = series.map((sr, i) => (last[i] ? `${sr.name}：${xLabel} ${num(last[i].x)} 时为 ${num(last[i].y)}` : `${sr.name}：尚无数据`)).join('；');

  return (
    <figure className={s.chart}>
      <div ref={boxRef}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${yLabel}随${xLabel}变化的曲线`} aria-describedby={summaryId}>
          <g className={s.grid}>
            {yAxis.ticks.map((t) => (
              <g key={`y${t}`}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={py(log ? 10 ** t : t)} y2={py(log ? 10 ** t : t)} />
                <text x={MARGIN.left - 6} y={py(log ? 10 ** t : t) + 4} textAnchor="end">
                  {tickLabel(t)}
                </text>
              </g>
            ))}
            {xTop.ticks.map((t) => (
              <text key={`x${t}`} x={px(t)} y={height - MARGIN.bottom + 16} textAnchor="middle">
                {tick(t)}
              </text>
            ))}
          </g>
          <line className={s.axis} x1={MARGIN.left} x2={width - MARGIN.right} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} />
          <line className={s.axis} x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} />
          <text className={s.axisLabel} x={MARGIN.left + plotW / 2} y={height - 4} textAnchor="middle">
            {xLabel}
          </text>
          <text className={s.axisLabel} transform={`translate(11 ${MARGIN.top + plotH / 2}) rotate(-90)`} textAnchor="middle">
            {log ? `${yLabel}（对数刻度）` : yLabel}
          </text>
          {reference ? (
            <g style={{ color: reference.color ?? 'var(--erratum)' }}>
              <line className={s.reference} x1={MARGIN.left} x2={width - MARGIN.right} y1={py(reference.y)} y2={py(reference.y)} />
              <text className={s.referenceLabel} x={width - MARGIN.right - 4} y={py(reference.y) - 5} textAnchor="end">
                {reference.label}
              </text>
            </g>
          ) : null}
          {series.map((sr, k) => (
            <g key={sr.name} style={{ color: sr.color }}>
              <path
                className={s.line}
                strokeDasharray={sr.dash}
                d={drawn[k].map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join('')}
              />
              {sr.dots ? drawn[k].map((p) => <circle key={p.x} className={s.dot} cx={px(p.x)} cy={py(p.y)} r={2.5} />) : null}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className={s.legend}>
        {series.map((sr) => (
          <span key={sr.name} className={s.key}>
            <svg width="28" height="10" aria-hidden="true" style={{ color: sr.color }}>
              <line x1="1" x2="27" y1="5" y2="5" strokeDasharray={sr.dash} />
            </svg>
            {sr.name}
          </span>
        ))}
        {reference ? (
          <span className={s.key}>
            <svg width="28" height="10" aria-hidden="true" style={{ color: reference.color ?? 'var(--erratum)' }}>
              <line x1="1" x2="27" y1="5" y2="5" strokeDasharray="2 3" />
            </svg>
            {reference.label}
          </span>
        ) : null}
      </figcaption>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      {table ? <ChartTable series={series} table={table} /> : null}
    </figure>
  );
}

/** The chart's numbers: one row per x (at most MAX_ROWS, evenly spread), one column per series; built only when opened. */
function ChartTable({ series, table }: { series: readonly ChartSeries[]; table: NonNullable<LossChartProps['table']> }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <details className="numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{table.caption}（表格）</summary>
      </details>
    );
  const xs = thin([...new Set(series.flatMap((sr) => sr.points.map((p) => p.x)))].sort((a, b) => a - b), MAX_ROWS);
  const rows = xs.map((x) => [num(x), ...series.map((sr) => sr.points.find((p) => p.x === x)?.y ?? '—')]);
  return <NumbersTable caption={table.caption} head={[table.x, ...series.map((sr) => sr.name)]} rows={rows} open onToggle={setOpen} />;
}
