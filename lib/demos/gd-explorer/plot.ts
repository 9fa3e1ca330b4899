/**
 * Drawing maths for the gradient descent explorer, free of the DOM: contour levels and lines
 * (marching squares over the grid from objectiveGrid), and the scales of the loss chart.
 */

import { niceRange } from '../axis';

export interface Window2D {
  x: [number, number];
  y: [number, number];
}

/** A segment of a contour line, in data coordinates. */
export type Segment = [number, number, number, number];

/**
 * Contour levels at quantiles of the grid's values, packed towards the low end (the interesting
 * part near a minimum): level i is the q-quantile with q = ((i + 1)/(count + 1))².
 */
export function contourLevels(values: ArrayLike<number>, count: number): number[] {
  const sorted = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const levels: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = ((i + 1) / (count + 1)) ** 2;
    const v = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    if (levels.length === 0 || v > levels[levels.length - 1]) levels.push(v);
  }
  return levels;
}

/**
 * Marching squares: the segments where the n×n grid (row-major, row = y, spanning the window with
 * the edges included, as objectiveGrid returns it) crosses `level`.
 */
export function contourSegments(values: ArrayLike<number>, n: number, win: Window2D, level: number): Segment[] {
  const out: Segment[] = [];
  const dx = (win.x[1] - win.x[0]) / (n - 1);
  const dy = (win.y[1] - win.y[0]) / (n - 1);
  const at = (i: number, j: number) => values[j * n + i];
  // where the level crosses the edge between corner a (value va) and corner b (value vb)
  const cross = (ax: number, ay: number, va: number, bx: number, by: number, vb: number): [number, number] => {
    const t = (level - va) / (vb - va);
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  };
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const x0 = win.x[0] + i * dx;
      const y0 = win.y[0] + j * dy;
      const x1 = x0 + dx;
      const y1 = y0 + dy;
      const v = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      const p: [number, number][] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ];
      const pts: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const a = e;
        const b = (e + 1) % 4;
        if (v[a] < level !== v[b] < level) pts.push(cross(p[a][0], p[a][1], v[a], p[b][0], p[b][1], v[b]));
      }
      if (pts.length === 2) out.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]]);
      else if (pts.length === 4) {
        out.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]]);
        out.push([pts[2][0], pts[2][1], pts[3][0], pts[3][1]]);
      }
    }
  }
  return out;
}

/** Maps data coordinates to pixels (y up) in a box of width × height with a margin. */
export function makeScale(win: Window2D, width: number, height: number, margin = 0) {
  const sx = (width - 2 * margin) / (win.x[1] - win.x[0]);
  const sy = (height - 2 * margin) / (win.y[1] - win.y[0]);
  return {
    px: (x: number) => margin + (x - win.x[0]) * sx,
    py: (y: number) => height - margin - (y - win.y[0]) * sy,
    /** Pixel → data (for clicks). */
    invert: (px: number, py: number): [number, number] => [win.x[0] + (px - margin) / sx, win.y[0] + (height - margin - py) / sy],
  };
}


/** Round tick values inside [lo, hi], about `count` intervals apart: for the contour plot's axes. */
export function windowTicks(lo: number, hi: number, count: number): number[] {
  const eps = (hi - lo) * 1e-9;
  return niceRange(lo, hi, count).ticks.filter((t) => t >= lo - eps && t <= hi + eps);
}

/** The outline of a five-pointed star centred at (cx, cy) with outer radius r: 10 points, the first at the top. */
export function starPoints(cx: number, cy: number, r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)] as [number, number];
  });
}
