/**
 * TensorFlow Playground's four classification datasets, seeded. Points lie in [-6, 6]² (gaussian tails may stray past it), labels are
 * +1 / −1 (use targetsFor() for 0/1 targets). `noise` is in [0, 0.5] as in Playground's slider.
 */
import type { Rng } from '../random';

export type DatasetName = 'circle' | 'xor' | 'gauss' | 'spiral';

export interface Point {
  x: number;
  y: number;
  label: 1 | -1;
}

export interface DatasetOptions {
  numPoints?: number;
  noise?: number;
}

const sign = (v: number): 1 | -1 => (v >= 0 ? 1 : -1);

function circle(rng: Rng, n: number, noise: number): Point[] {
  const radius = 5;
  const out: Point[] = [];
  const add = (rMin: number, rMax: number) => {
    const r = rng.uniform(rMin, rMax);
    const angle = rng.uniform(0, 2 * Math.PI);
    const x = r * Math.sin(angle);
    const y = r * Math.cos(angle);
    const nx = rng.uniform(-radius, radius) * noise;
    const ny = rng.uniform(-radius, radius) * noise;
    const label = Math.hypot(x + nx, y + ny) < radius * 0.5 ? 1 : -1;
    out.push({ x, y, label });
  };
  for (let i = 0; i < n / 2; i++) add(0, radius * 0.5);
  for (let i = out.length; i < n; i++) add(radius * 0.7, radius);
  return out;
}

function xor(rng: Rng, n: number, noise: number): Point[] {
  const out: Point[] = [];
  const padding = 0.3;
  for (let i = 0; i < n; i++) {
    let x = rng.uniform(-5, 5);
    x += x > 0 ? padding : -padding;
    let y = rng.uniform(-5, 5);
    y += y > 0 ? padding : -padding;
    const nx = rng.uniform(-5, 5) * noise;
    const ny = rng.uniform(-5, 5) * noise;
    out.push({ x, y, label: sign((x + nx) * (y + ny)) });
  }
  return out;
}

function gauss(rng: Rng, n: number, noise: number): Point[] {
  const std = Math.sqrt(0.5 + (4 - 0.5) * (noise / 0.5));
  const out: Point[] = [];
  const add = (cx: number, cy: number, label: 1 | -1, count: number) => {
    for (let i = 0; i < count; i++) out.push({ x: rng.normal(cx, std), y: rng.normal(cy, std), label });
  };
  add(2, 2, 1, Math.ceil(n / 2));
  add(-2, -2, -1, n - Math.ceil(n / 2));
  return out;
}

function spiral(rng: Rng, n: number, noise: number): Point[] {
  const out: Point[] = [];
  const half = Math.ceil(n / 2);
  const arm = (deltaT: number, label: 1 | -1, count: number) => {
    for (let i = 0; i < count; i++) {
      const r = (i / half) * 5;
      const t = ((1.75 * i) / half) * 2 * Math.PI + deltaT;
      const x = r * Math.sin(t) + rng.uniform(-1, 1) * noise;
      const y = r * Math.cos(t) + rng.uniform(-1, 1) * noise;
      out.push({ x, y, label });
    }
  };
  arm(0, 1, half);
  arm(Math.PI, -1, n - half);
  return out;
}

const GENERATORS: Record<DatasetName, (rng: Rng, n: number, noise: number) => Point[]> = { circle, xor, gauss, spiral };

/** 500 points by default, noise 0. */
export function makeDataset(name: DatasetName, rng: Rng, options: DatasetOptions = {}): Point[] {
  const n = options.numPoints ?? 500;
  const noise = options.noise ?? 0;
  if (!(noise >= 0 && noise <= 0.5)) throw new Error(`noise must be in [0, 0.5], got ${noise}`);
  return GENERATORS[name](rng, n, noise);
}

/** Fisher–Yates shuffle into a new array, then split: the first `trainRatio` for training. */
export function splitDataset(points: Point[], rng: Rng, trainRatio = 0.5): { train: Point[]; test: Point[] } {
  const p = [...points];
  for (let i = p.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  const cut = Math.round(p.length * trainRatio);
  return { train: p.slice(0, cut), test: p.slice(cut) };
}
