'use client';

import { useEffect, useRef } from 'react';
import type { RegressionData } from '@/lib/compute/maths';
import { regressionWindow } from '@/lib/demos/gd-explorer/regression';
import { makeScale } from '@/lib/demos/gd-explorer/plot';
import { drawAxes, fitCanvas, readPalette, useThemeVersion, useWidth } from '../kit/canvas';
import styles from './GdExplorer.module.css';

/** The points, the line gradient descent has reached (solid) and the least-squares line (dashed). */
export function RegressionPlot({ data, fit, exact, color }: { data: RegressionData; fit: readonly number[] | null; exact: readonly number[]; color: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(boxRef);
  const theme = useThemeVersion();
  const height = Math.round(Math.min(width * 0.6, 340));

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas && fitCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    const c = readPalette(canvas);
    const win = regressionWindow(data);
    const s = makeScale(win, width, height, 12);
    ctx.lineWidth = 1;
    drawAxes(ctx, s, width, height, c.border);
    const line = (p: readonly number[], stroke: string, dash: number[]) => {
      if (!p.every(Number.isFinite)) return;
      ctx.strokeStyle = stroke;
      ctx.setLineDash(dash);
      ctx.lineWidth = 2;
      ctx.beginPath();
      const [x0, x1] = win.x;
      ctx.moveTo(s.px(x0), Math.max(-1e4, Math.min(1e4, s.py(p[0] * x0 + p[1]))));
      ctx.lineTo(s.px(x1), Math.max(-1e4, Math.min(1e4, s.py(p[0] * x1 + p[1]))));
      ctx.stroke();
      ctx.setLineDash([]);
    };
    line(exact, c.text, [6, 4]);
    if (fit) line(fit, color, []);
    ctx.fillStyle = c.accent;
    data.x.forEach(([x], i) => {
      ctx.beginPath();
      ctx.arc(s.px(x), s.py(data.y[i]), 4, 0, 2 * Math.PI);
      ctx.fill();
    });
  }, [theme, data, fit, exact, color, width, height]);

  return (
    <div ref={boxRef} className={styles.plot}>
      <canvas ref={canvasRef} className={styles.canvas} role="img" aria-label="数据点、梯度下降得到的直线（实线）和最小二乘直线（虚线）" data-testid="gd-regression" />
    </div>
  );
}
