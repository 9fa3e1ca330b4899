'use client';

import { useRef, useState } from 'react';
import type { Analysis, SizePoint } from '@/lib/demos/scaling/analysis';
import { logTicks, sci } from '@/lib/demos/compute-budget/ticks';
import { niceRange } from '@/lib/demos/axis';
import { fixed } from '@/lib/demos/format';
import { useWidth } from '../kit/canvas';
import chart from '../kit/chart.module.css';
import { LogAxes } from '../kit/LogAxes';
import s from './scaling.module.css';

/** A point's name: its width and depth. */
export const sizeName = (p: Pick<SizePoint, 'dModel' | 'nLayers'>) => `d${p.dModel}·${p.nLayers}层`;

/**
 * Loss against parameters (or compute) on log–log axes: the sizes' points (hollow when left out
 * of the fit), on the compute axis every size's held-out curve and the frontier the law is fitted
 * to, the fitted power law (solid over the data, dashed to the extrapolation) and its prediction.
 * With E > 0 the vertical axis is the reducible loss L − E, on which the law is a straight line.
 * Hover, tap or focus a point for its numbers.
 */
export function ScalingChart({ a, showCurves }: { a: Analysis; showCurves: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 340);
  const height = Math.round(Math.min(380, Math.max(280, width * 0.58)));
  const m = { left: 46, right: 14, top: 12, bottom: 40 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const [active, setActive] = useState<string | null>(null);

  const xs = [...a.sizes.map((p) => p.x), a.extrapolated.x, ...a.curves.flat().map((p) => p.x)];
  const xMin = Math.min(...xs) / 1.6;
  const xMax = Math.max(...xs) * 1.6;
  const reducible = (loss: number) => loss - a.e;
  const ys = [...a.sizes.map((p) => reducible(p.loss)), reducible(a.extrapolated.loss), ...(showCurves ? a.curves.flat().map((p) => reducible(p.loss)) : [])].filter((v) => v > 0);
  const yr = niceRange(Math.min(...ys) * 0.97, Math.max(...ys) * 1.02, 4);
  const yLo = Math.max(yr.lo, Math.min(...ys) * 0.9);
  const yHi = yr.hi;
  const lx = (v: number) => m.left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * pw;
  const ly = (v: number) => m.top + ((Math.log10(yHi) - Math.log10(Math.max(v, yLo * 0.5))) / (Math.log10(yHi) - Math.log10(yLo))) * ph;
  const xt = logTicks(xMin, xMax, width >= 460 ? 7 : 4);
  const yt = yr.ticks.filter((v) => v >= yLo && v <= yHi);

  const fitMin = Math.min(...a.fitted.map((p) => p.x));
  const fitMax = Math.max(...a.fitted.map((p) => p.x));
  const line = (from: number, to: number) =>
    Array.from({ length: 25 }, (_, i) => from * (to / from) ** (i / 24))
      .map((x, i) => `${i ? 'L' : 'M'}${lx(x).toFixed(1)} ${ly(reducible(a.lossAt(x))).toFixed(1)}`)
      .join('');
  const unit = a.axis === 'n' ? '个参数' : 'FLOP';
  const describe = (p: SizePoint) =>
    `${sizeName(p)}：N = ${sci(p.nonEmbedding)}（含嵌入 ${sci(p.parameters)}），C = ${sci(p.flops)} FLOP，留出损失 ${fixed(p.loss, 3)}，幂律给出 ${fixed(a.lossAt(p.x), 3)}${p.kept ? '' : '（未参加拟合）'}`;
  const mark = (text: string) => ({
    tabIndex: 0,
    role: 'img',
    'aria-label': text,
    onFocus: () => setActive(text),
    onPointerEnter: () => setActive(text),
    onBlur: () => setActive(null),
  });
  // Each size's width over its point, where there is room (on the compute axis the curves crowd them).
  const labels = width >= 460 && a.axis === 'n';
  const yTitle = a.e > 0 ? `可约损失 L − E（E = ${fixed(a.e, 2)}）` : '留出损失 L（nats/字）';

  return (
    <div ref={box} className={chart.chartBox}>
      <svg
        className={chart.chart}
        width={width}
        height={height}
        role="group"
        aria-label={`${a.axis === 'n' ? '损失与参数量' : '损失与计算量'}的双对数图：拟合指数 α = ${fixed(a.fit.alpha, 3)}；外推到 ${sci(a.extrapolated.x)} ${unit}时损失 ${fixed(a.extrapolated.loss, 3)}`}
      >
        <LogAxes
          box={{ left: m.left, top: m.top, width: pw, height: ph }}
          svgHeight={height}
          xt={xt}
          x={lx}
          yt={yt}
          y={ly}
          xTitle={a.axis === 'n' ? '不含嵌入的参数量 N（对数坐标）' : '训练计算量 C = 6ND（FLOP，对数坐标）'}
          yTitle={yTitle}
        />
        {showCurves
          ? a.curves.map((c) => (
              <path
                key={c[0]?.index}
                d={c.map((p, i) => `${i ? 'L' : 'M'}${lx(p.x).toFixed(1)} ${ly(reducible(p.loss)).toFixed(1)}`).join('')}
                className={a.sizes[c[0]?.index ?? 0]?.kept ? s.curve : s.curveOut}
              />
            ))
          : null}
        <path d={line(fitMin, fitMax)} className={s.fit} data-fit="" />
        <path d={line(fitMax, a.extrapolated.x)} className={s.extrapolation} />
        {a.axis === 'c'
          ? a.fitted.map((p) => <circle key={`f${p.x}`} cx={lx(p.x)} cy={ly(reducible(p.loss))} r={2.6} className={s.frontier} />)
          : null}
        {a.sizes.map((p) => (
          <g key={p.index} {...mark(describe(p))} className={p.kept ? s.point : s.pointOut} data-size={p.index} data-kept={p.kept}>
            <circle cx={lx(p.x)} cy={ly(reducible(p.loss))} r={5} />
            {labels ? (
              <text x={lx(p.x)} y={ly(reducible(p.loss)) - 9} textAnchor="middle" className={s.pointLabel}>
                d{p.dModel}
              </text>
            ) : null}
          </g>
        ))}
        <g {...mark(`外推：${sci(a.extrapolated.x)} ${unit}时，幂律给出损失 ${fixed(a.extrapolated.loss, 3)}`)} className={s.predicted} data-extrapolated="">
          <path d={`M${lx(a.extrapolated.x)} ${ly(reducible(a.extrapolated.loss)) - 6}l6 6l-6 6l-6 -6Z`} />
        </g>
      </svg>
      <p className={chart.readout} aria-live="polite">
        {active ?? '悬停、轻触或用 Tab 聚焦图上的点，查看数值。'}
      </p>
    </div>
  );
}
