'use client';

import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { contourLevels, contourSegments, makeScale, starPoints, windowTicks, type Window2D } from '@/lib/demos/gd-explorer/plot';
import { tick } from '@/lib/demos/format';
import { fmtVec, moveStart, optimizerInfo, roundCoord, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import { drawAxes, fitCanvas, readPalette, useThemeVersion, useWidth } from '../kit/canvas';

/** Room around the canvas for the axes: tick labels left and below, the axis names θ₂ above and θ₁ below. */
const M = { right: 12, top: 20, bottom: 38 };
/** The left margin: the longest y tick label (12 px text, about 7.5 px a character) and the tick. */
const leftMargin = (labels: string[]) => Math.max(24, Math.ceil(Math.max(...labels.map((l) => l.length)) * 7.5) + 12);
import type { LaneState } from './useRuns';
import styles from './GdExplorer.module.css';

/**
 * The loss surface as contour lines, the minima (every one of the surface's, as stars drawn last),
 * the start marker and each optimizer's path, with θ₁ and θ₂ axes and round ticks outside the
 * canvas (so a click maps straight to θ). Click, or focus it and use the arrow keys (Shift: finer),
 * to move the start.
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
  const frame = useWidth(boxRef);
  const theme = useThemeVersion();
  const yTicks = windowTicks(win.y[0], win.y[1], frame < 400 ? 4 : 5);
  const left = leftMargin(yTicks.map(tick));
  const width = frame - left - M.right;
  const height = Math.round(Math.min(width * 0.82, 420));
  const xTicks = windowTicks(win.x[0], win.x[1], width < 300 ? 4 : 6);
  const axis = makeScale(win, width, height);

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
    // the minima last, on top of the paths that reach them: a star with a halo in the background colour
    ctx.lineJoin = 'round';
    for (const [mx, my] of minima) {
      ctx.beginPath();
      starPoints(s.px(mx), s.py(my), 8).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      ctx.strokeStyle = c.bg;
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.fillStyle = c.text;
      ctx.fill();
    }
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
    <div ref={boxRef} className={styles.plot} style={{ paddingLeft: left, paddingRight: M.right, paddingTop: M.top, paddingBottom: M.bottom }}>
      <svg className={styles.axes} width={frame} height={height + M.top + M.bottom} aria-hidden="true" data-testid="gd-axes">
        <g transform={`translate(${left} ${M.top})`}>
          <rect className={styles.axisFrame} x={0} y={0} width={width} height={height} />
          {xTicks.map((t) => (
            <g key={`x${t}`}>
              <line className={styles.tickMark} x1={axis.px(t)} x2={axis.px(t)} y1={height} y2={height + 5} />
              <text x={axis.px(t)} y={height + 18} textAnchor="middle">
                {tick(t)}
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line className={styles.tickMark} x1={-5} x2={0} y1={axis.py(t)} y2={axis.py(t)} />
              <text x={-8} y={axis.py(t) + 4} textAnchor="end">
                {tick(t)}
              </text>
            </g>
          ))}
          <text className={styles.axisName} x={width / 2} y={height + 34} textAnchor="middle">
            θ₁
          </text>
          <text className={styles.axisName} x={-8} y={-6} textAnchor="end">
            θ₂
          </text>
        </g>
      </svg>
      <canvas
        ref={canvasRef}
        className={styles.contourCanvas}
        tabIndex={0}
        role="img"
        aria-label={`损失曲面的等高线图，横轴 θ₁，纵轴 θ₂，极小点 ${minima.map((m) => fmtVec(m, 2)).join('、')}。起点 ${fmtVec(start, 2)}：点击图上一点，或用方向键移动起点（按住 Shift 微调）。`}
        data-testid="gd-contour"
        onClick={onClick}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
