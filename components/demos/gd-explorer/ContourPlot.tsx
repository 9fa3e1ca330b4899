'use client';

import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { contourLevels, contourSegments, makeScale, type Window2D } from '@/lib/demos/gd-explorer/plot';
import { fmtVec, moveStart, optimizerInfo, roundCoord, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import { drawAxes, fitCanvas, readPalette, useThemeVersion, useWidth } from '../kit/canvas';
import type { LaneState } from './useRuns';
import styles from './GdExplorer.module.css';

/**
 * The loss surface as contour lines, the minima, the start marker and each optimizer's path.
 * Click, or focus it and use the arrow keys (Shift: finer), to move the start.
 */
export function ContourPlot({
  grid,
  gridSize,
  win,
  minima,
  start,
  lanes,
  version,
  onStart,
}: {
  grid: Float32Array | null;
  gridSize: number;
  win: Window2D;
  minima: readonly (readonly [number, number])[];
  start: [number, number];
  lanes: LaneState[];
  version: number;
  onStart: (x: number, y: number) => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(boxRef);
  const theme = useThemeVersion();
  const height = Math.round(Math.min(width * 0.72, 440));

  const contours = useMemo(() => {
    if (!grid) return [];
    return contourLevels(grid, 16).map((level) => contourSegments(grid, gridSize, win, level));
  }, [grid, gridSize, win]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas && fitCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    const c = readPalette(canvas);
    const s = makeScale(win, width, height);
    ctx.lineWidth = 1;
    contours.forEach((segs, i) => {
      ctx.strokeStyle = c.muted;
      ctx.globalAlpha = 0.25 + (0.5 * (contours.length - i)) / Math.max(1, contours.length);
      ctx.beginPath();
      for (const [x0, y0, x1, y1] of segs) {
        ctx.moveTo(s.px(x0), s.py(y0));
        ctx.lineTo(s.px(x1), s.py(y1));
      }
      ctx.stroke();
    });
    ctx.globalAlpha = 1;
    // axes through the origin
    drawAxes(ctx, s, width, height, c.border);
    ctx.fillStyle = c.text;
    ctx.font = '14px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [mx, my] of minima) ctx.fillText('★', s.px(mx), s.py(my));
    ctx.lineWidth = 2;
    for (const lane of lanes) {
      const info = optimizerInfo(lane.id as OptimizerId);
      ctx.strokeStyle = info.color;
      ctx.fillStyle = info.color;
      ctx.setLineDash(info.dash);
      ctx.beginPath();
      lane.steps.forEach((st, i) => {
        const [x, y] = st.theta;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        const X = Math.max(-1e4, Math.min(1e4, s.px(x)));
        const Y = Math.max(-1e4, Math.min(1e4, s.py(y)));
        if (i === 0) ctx.moveTo(X, Y);
        else ctx.lineTo(X, Y);
      });
      ctx.stroke();
      ctx.setLineDash([]);
      const last = lane.steps[lane.steps.length - 1];
      if (last && lane.steps.length > 1) {
        ctx.beginPath();
        ctx.arc(s.px(last.theta[0]), s.py(last.theta[1]), 4, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    // the start marker
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.arc(s.px(start[0]), s.py(start[1]), 7, 0, 2 * Math.PI);
    ctx.stroke();
  }, [theme, contours, win, width, height, minima, start, lanes, version]);

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const [x, y] = makeScale(win, rect.width, rect.height).invert(e.clientX - rect.left, e.clientY - rect.top);
    onStart(roundCoord(x), roundCoord(y));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const moved = moveStart(start[0], start[1], e.key, e.shiftKey);
    if (!moved) return;
    e.preventDefault();
    onStart(moved[0], moved[1]);
  };

  return (
    <div ref={boxRef} className={styles.plot}>
      <canvas
        ref={canvasRef}
        className={styles.canvas}
        tabIndex={0}
        role="img"
        aria-label={`损失曲面的等高线图。起点 ${fmtVec(start, 2)}：点击图上一点，或用方向键移动起点（按住 Shift 微调）。`}
        data-testid="gd-contour"
        onClick={onClick}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
