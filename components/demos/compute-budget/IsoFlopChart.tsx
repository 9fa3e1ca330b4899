'use client';

import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { isoCurve, isoLoss, optimum, type Allocation, type PlacedModel } from '@/lib/demos/compute-budget/chinchilla';
import { logTicks, power, sci } from '@/lib/demos/compute-budget/ticks';
import { niceRange } from '@/lib/demos/axis';
import { fixed } from '@/lib/demos/format';
import { useWidth } from '../kit/canvas';
import chart from '../kit/chart.module.css';
import { LogAxes } from '../kit/LogAxes';
import s from './ComputeBudget.module.css';

/** The chart's fixed window: N from 10⁷ to 10¹³ parameters, loss from 1.75 to 3.75 nats. */
const N_MIN = 1e7;
const N_MAX = 1e13;
const L_MIN = 1.75;
const L_MAX = 3.75;
/** Iso-FLOP curves drawn thin, one per decade of the slider's range. */
const DECADES = [18, 19, 20, 21, 22, 23, 24, 25, 26];
/** Where each model's name sits beside its mark (the five crowd near L ≈ 2). */
const LABEL: Record<string, { dx: number; dy: number; end?: boolean }> = {
  gpt3: { dx: 6, dy: -6 },
  gopher: { dx: 7, dy: 13 },
  chinchilla: { dx: -7, dy: 14, end: true },
  llama65: { dx: -7, dy: -6, end: true },
  llama7: { dx: -7, dy: -5, end: true },
};

export interface Readout {
  key: string;
  text: string;
  /** The parameter count under the pointer (hovering the plot). */
  n?: number;
}

const describeModel = (m: PlacedModel) =>
  `${m.name}：N = ${sci(m.n)}，D = ${sci(m.d)}，C = 6ND = ${sci(m.c)} FLOP，拟合损失 L = ${fixed(m.loss, 3)}`;

/**
 * Loss against parameters along iso-FLOP lines (D = C / 6N) of the Chinchilla fit, on a log N
 * axis: a thin curve per decade of compute with its minimum marked, the chosen budget bold with its
 * optimum and the D ≈ 20N point, and the known models. Hover, tap or focus a mark for its numbers.
 */
export function IsoFlopChart({ budget, best, rule, models, showModels }: { budget: number; best: Allocation; rule: Allocation; models: PlacedModel[]; showModels: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 340);
  const height = Math.round(Math.min(400, Math.max(290, width * 0.6)));
  const m = { left: 40, right: 12, top: 10, bottom: 40 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const x = (n: number) => m.left + ((Math.log10(n) - 7) / 6) * pw;
  const y = (l: number) => m.top + ((L_MAX - l) / (L_MAX - L_MIN)) * ph;
  const [active, setActive] = useState<Readout | null>(null);

  const curves = useMemo(
    () =>
      DECADES.map((e) => {
        const c = 10 ** e;
        return { e, c, points: isoCurve(c, N_MIN, N_MAX, 120) };
      }),
    [],
  );
  const chosen = useMemo(() => isoCurve(budget, N_MIN, N_MAX, 160), [budget]);
  const path = (pts: { n: number; loss: number }[]) =>
    pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.n).toFixed(1)} ${y(Math.min(p.loss, L_MAX + 1)).toFixed(1)}`).join('');
  const xt = logTicks(N_MIN, N_MAX, width >= 460 ? 7 : 4);
  const yt = niceRange(L_MIN, L_MAX, 4).ticks.filter((v) => v >= L_MIN && v <= L_MAX);
  // The models crowd the minima of 10²² … 10²⁴ near L ≈ 2: those go unlabelled while they are shown.
  const labelled = (e: number) => (width >= 460 || e % 2 === 0) && !(showModels && e >= 22 && e <= 24);

  const hover = (ev: PointerEvent<SVGRectElement>) => {
    const r = ev.currentTarget.getBoundingClientRect();
    const n = 10 ** (7 + (6 * (ev.clientX - r.left)) / r.width);
    const l = isoLoss(budget, n);
    setActive({ key: 'hover', n, text: `沿你的预算 C = ${sci(budget)}：N = ${sci(n)}，D = ${sci(budget / 6 / n)}，L = ${fixed(l, 3)}` });
  };
  const mark = (key: string, text: string) => ({
    tabIndex: 0,
    role: 'img',
    'aria-label': text,
    onFocus: () => setActive({ key, text }),
    onPointerEnter: () => setActive({ key, text }),
    onBlur: () => setActive(null),
  });
  const hoverN = active?.n ?? NaN;

  return (
    <div ref={box} className={chart.chartBox}>
      <svg className={chart.chart} width={width} height={height} role="group" aria-label={`等算力曲线：固定算力 C 时，损失随参数量 N 的变化（对数横轴）；你的预算 ${sci(budget)} FLOP 的最优 N 为 ${sci(best.n)}`}>
        <defs>
          <clipPath id="cb-plot">
            <rect x={m.left} y={m.top} width={pw} height={ph} />
          </clipPath>
        </defs>
        <LogAxes box={{ left: m.left, top: m.top, width: pw, height: ph }} svgHeight={height} xt={xt} x={x} yt={yt} y={y} xTitle="参数量 N（对数坐标）" yTitle="损失 L" />
        <g clipPath="url(#cb-plot)">
          {curves.map((c) => (
            <path key={c.e} d={path(c.points)} className={s.curve} />
          ))}
          <path d={path(chosen)} className={s.chosen} />
          {Number.isFinite(hoverN) ? <line x1={x(hoverN)} x2={x(hoverN)} y1={m.top} y2={m.top + ph} className={s.guide} /> : null}
        </g>
        <rect x={m.left} y={m.top} width={pw} height={ph} className={s.hit} onPointerMove={hover} onPointerDown={hover} onPointerLeave={() => setActive(null)} />
        {curves.map(({ e, c }) => ({ e, min: optimum(c) })).map(({ e, min }) =>
          min.loss > L_MAX ? null : (
            <g key={`min${e}`} {...mark(`min${e}`, `C = ${power(e)} FLOP 的最低点：N ≈ ${sci(min.n, 2)}，L ≈ ${fixed(min.loss, 3)}`)} className={s.minMark}>
              <circle cx={x(min.n)} cy={y(min.loss)} r={3.5} />
              {labelled(e) ? (
                // Near the x axis (the largest budgets) the label goes to the right of the point.
                <text x={x(min.n) + (min.loss < 1.9 ? 7 : 0)} y={y(min.loss) + (min.loss < 1.9 ? 4 : 15)} textAnchor={min.loss < 1.9 ? 'start' : 'middle'} className={s.curveLabel}>
                  {power(e)}
                </text>
              ) : null}
            </g>
          ),
        )}
        {showModels
          ? models.map((md) => {
              const p = LABEL[md.id] ?? { dx: 6, dy: -6 };
              const cx = x(md.n);
              const cy = y(md.loss);
              return (
                <g key={md.id} {...mark(md.id, describeModel(md))} className={s.modelMark} data-model={md.id}>
                  <path d={`M${cx} ${cy - 5}L${cx + 5} ${cy + 4}L${cx - 5} ${cy + 4}Z`} />
                  <text x={cx + p.dx} y={cy + p.dy} textAnchor={p.end ? 'end' : 'start'} className={s.modelLabel}>
                    {md.name}
                  </text>
                </g>
              );
            })
          : null}
        <g {...mark('rule', `按 D ≈ 20N：N = ${sci(rule.n)}，D = ${sci(rule.d)}，L = ${fixed(rule.loss, 3)}`)} className={s.ruleMark}>
          <rect x={x(rule.n) - 4.5} y={y(rule.loss) - 4.5} width={9} height={9} />
        </g>
        <g {...mark('best', `拟合最优：N* = ${sci(best.n)}，D* = ${sci(best.d)}，L = ${fixed(best.loss, 3)}`)} className={s.bestMark} data-testid="cb-best">
          <circle cx={x(best.n)} cy={y(best.loss)} r={6} />
        </g>
      </svg>
      <p className={chart.readout} aria-live="polite" data-testid="cb-readout">
        {active ? active.text : '悬停、轻触或用 Tab 聚焦图上的点，查看数值。'}
      </p>
    </div>
  );
}
