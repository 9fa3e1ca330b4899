'use client';

import { useEffect, useRef } from 'react';
import { lossAxis } from '@/lib/demos/gd-explorer/plot';
import { fmt, optimizerInfo, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import { prepareCanvas, themeColors, useThemeVersion, useWidth } from '../kit/canvas';
import type { LaneState } from './useRuns';
import styles from './GdExplorer.module.css';

/** Loss against step for each run (log scale when every loss is positive). */
export function LossChart({ lanes, version, color }: { lanes: LaneState[]; version: number; color?: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(boxRef);
  const theme = useThemeVersion();
  const height = 160;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas && prepareCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    const c = themeColors(canvas);
    // at most ~800 points a series: enough for the chart's width, and cheap to draw every frame
    const series = lanes.map((l) => {
      const stride = Math.max(1, Math.ceil(l.steps.length / 800));
      const out: number[] = [];
      for (let i = 0; i < l.steps.length; i += stride) out[i] = l.steps[i].loss;
      if (l.steps.length > 0) out[l.steps.length - 1] = l.steps[l.steps.length - 1].loss;
      return out;
    });
    const axis = lossAxis(series);
    const steps = Math.max(1, ...series.map((s) => s.length - 1));
    const left = 52;
    const bottom = height - 22;
    const top = 8;
    const right = width - 8;
    const px = (i: number) => left + (i / steps) * (right - left);
    const py = (v: number) => {
      const u = axis.log ? Math.log10(v) : v;
      return bottom - ((u - axis.min) / (axis.max - axis.min)) * (bottom - top);
    };
    ctx.strokeStyle = c.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(left, top, right - left, bottom - top);
    ctx.fillStyle = c.muted;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    const label = (u: number) => (axis.log ? fmt(10 ** u, 3).replace(/\.?0+$/, '') : fmt(u, 2));
    ctx.fillText(label(axis.max), left - 4, top + 6);
    ctx.fillText(label(axis.min), left - 4, bottom - 4);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText('0', left, bottom + 4);
    ctx.fillText(`第 ${steps} 步`, right - 24, bottom + 4);
    ctx.fillText(axis.log ? '损失 L（对数刻度）' : '损失 L', (left + right) / 2, bottom + 4);
    ctx.lineWidth = 2;
    lanes.forEach((lane, k) => {
      const info = optimizerInfo(lane.id as OptimizerId);
      ctx.strokeStyle = color ?? info.color;
      ctx.setLineDash(color ? [] : info.dash);
      ctx.beginPath();
      let started = false;
      series[k].forEach((v, i) => {
        if (!Number.isFinite(v) || (axis.log && v <= 0)) return;
        const y = Math.max(top - 2, Math.min(bottom + 2, py(v)));
        if (!started) ctx.moveTo(px(i), y);
        else ctx.lineTo(px(i), y);
        started = true;
      });
      ctx.stroke();
    });
    ctx.setLineDash([]);
  }, [theme, lanes, version, width, color]);

  return (
    <div ref={boxRef} className={styles.chart}>
      <canvas ref={canvasRef} className={styles.canvas} role="img" aria-label="损失随步数变化的曲线（数值见下方表格）" />
    </div>
  );
}
