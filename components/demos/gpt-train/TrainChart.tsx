'use client';

import { useEffect, useRef, useState } from 'react';
import { axisTicks, type CurvePoint } from '@/lib/demos/gpt-train/params';
import s from './train.module.css';

const HEIGHT = 230;
const M = { left: 46, right: 12, top: 12, bottom: 40 };

const path = (points: readonly CurvePoint[], x: (v: number) => number, y: (v: number) => number) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.step).toFixed(1)},${y(p.loss).toFixed(1)}`).join('');

/**
 * The loss chart: training loss (solid) and held-out loss (dashed, with a dot per evaluation)
 * against the step, in nats per character, with ln V, the loss of a uniform guess over the
 * vocabulary, as a reference line. SVG sized to its box in real pixels, so the labels stay
 * readable on a phone.
 */
export function TrainChart({ train, heldOut, uniform, step }: { train: readonly CurvePoint[]; heldOut: readonly CurvePoint[]; uniform: number; step: number }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(560);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.round(entry.contentRect.width))));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const xs = axisTicks(Math.max(step, 100), width < 420 ? 3 : 5);
  const maxLoss = Math.max(uniform, ...train.map((p) => p.loss), ...heldOut.map((p) => p.loss));
  const ys = axisTicks(Math.min(maxLoss, 2 * uniform), 4);
  const plotW = width - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (v: number) => M.left + (v / xs.top) * plotW;
  const y = (v: number) => M.top + plotH - (Math.min(v, ys.top) / ys.top) * plotH;
  const last = heldOut[heldOut.length - 1];
  const label = `损失曲线：横轴为训练步数（0 到 ${xs.top}），纵轴为损失（nats/字）。均匀猜测的损失 ln V = ${uniform.toFixed(2)}。${
    last ? `第 ${last.step} 步的留出损失为 ${last.loss.toFixed(3)}。` : ''
  }`;

  return (
    <figure className={s.chart}>
      <div ref={boxRef}>
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
          <g className={s.grid}>
            {ys.ticks.map((t) => (
              <g key={`y${t}`}>
                <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
                <text x={M.left - 6} y={y(t) + 4} textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {xs.ticks.map((t) => (
              <text key={`x${t}`} x={x(t)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
                {t}
              </text>
            ))}
          </g>
          <line className={s.axis} x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} />
          <line className={s.axis} x1={M.left} x2={M.left} y1={M.top} y2={y(0)} />
          <text className={s.axisLabel} x={M.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle">
            训练步数
          </text>
          <text className={s.axisLabel} transform={`translate(12 ${M.top + plotH / 2}) rotate(-90)`} textAnchor="middle">
            损失（nats/字）
          </text>
          <line className={s.uniform} x1={M.left} x2={width - M.right} y1={y(uniform)} y2={y(uniform)} />
          <text className={s.uniformLabel} x={width - M.right - 4} y={y(uniform) - 5} textAnchor="end">
            均匀猜测 ln V = {uniform.toFixed(2)}
          </text>
          <path className={s.trainLine} d={path(train, x, y)} />
          <path className={s.heldLine} d={path(heldOut, x, y)} />
          {heldOut.map((p) => (
            <circle key={p.step} className={s.heldDot} cx={x(p.step)} cy={y(p.loss)} r={2.5} />
          ))}
        </svg>
      </div>
      <figcaption className={s.legend}>
        <span className={s.trainKey}>训练损失（最近几步的平均）</span>
        <span className={s.heldKey}>留出损失（没参与训练的段落）</span>
        <span className={s.uniformKey}>均匀猜测</span>
      </figcaption>
    </figure>
  );
}
