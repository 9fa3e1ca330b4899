/** Pure helpers for the explorer's line-fitting mode: the data window and the least-squares loss. */
import type { Window2D } from './plot';

export interface LineData {
  x: number[][];
  y: number[];
}

/** A plotting window around the points, with 15 % padding and the origin's axes when near. */
export function regressionWindow(data: LineData): Window2D {
  const xs = data.x.map((r) => r[0]);
  const pad = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, 1);
    return [lo - 0.15 * span, hi + 0.15 * span];
  };
  return { x: pad(Math.min(0, ...xs), Math.max(...xs)), y: pad(Math.min(0, ...data.y), Math.max(...data.y)) };
}

/** The mean squared error (1/n)Σ(w·xᵢ + b − yᵢ)² of the line [w, b], the loss LinearRegressionGD minimises. */
export function meanSquaredError(data: LineData, [w, b]: readonly number[]): number {
  return data.y.reduce((acc, y, i) => acc + (w * data.x[i][0] + b - y) ** 2, 0) / data.y.length;
}
