/**
 * The trainer's data: Playground's four classification sets (lib/compute), its two regression sets
 * (a plane and six Gaussian bumps, after Playground's dataset.ts), and points the reader draws.
 * A point's label is ±1 for classification and a value in [−1, 1] for regression.
 */
import * as M from '@/lib/compute/maths';
import type { Rng } from '@/lib/compute/maths';
import { DOMAIN, isDrawn, type TrainerPoint } from './problems';

export { DOMAIN, isDrawn, problemOf, type Problem, type TrainerDataset, type TrainerPoint } from './problems';

/**
 * Playground's regression sets: n uniform points of the plane, each labelled by `value` at the point
 * moved by uniform noise (four draws per point, in Playground's order: x, y, noise x, noise y).
 */
function regression(rng: Rng, n: number, noise: number, value: (x: number, y: number) => number): TrainerPoint[] {
  const out: TrainerPoint[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(-DOMAIN, DOMAIN);
    const y = rng.uniform(-DOMAIN, DOMAIN);
    const nx = rng.uniform(-DOMAIN, DOMAIN) * noise;
    const ny = rng.uniform(-DOMAIN, DOMAIN) * noise;
    out.push({ x, y, label: value(x + nx, y + ny) });
  }
  return out;
}

/** Playground's regressPlane: (x + y)/10, in [−1.2, 1.2]. */
const planeValue = (x: number, y: number): number => (x + y) / 10;

const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/** Playground's regressGaussian: of six bumps (value ±(1 − d/2) within distance 2), the largest in size. */
export function multiGaussValue(x: number, y: number): number {
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const v = sign * Math.min(1, Math.max(0, 1 - Math.hypot(x - cx, y - cy) / 2));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
}

/**
 * The training and test points. Generated sets are shuffled and split by `trainRatio`; the
 * reader's own points are all for training (there are few, and each was put there on purpose).
 */
export function trainerData(dataset: string, rng: Rng, noise: number, trainRatio: number, drawn: readonly TrainerPoint[] = []): { train: TrainerPoint[]; test: TrainerPoint[] } {
  if (isDrawn(dataset)) return { train: drawn.map((p) => ({ ...p })), test: [] };
  let all: TrainerPoint[];
  if (dataset === 'plane') all = regression(rng, 500, noise, planeValue);
  else if (dataset === 'multigauss') all = regression(rng, 500, noise, multiGaussValue);
  else all = M.makeDataset(dataset as M.DatasetName, rng, { noise });
  return M.splitDataset(all as M.Point[], rng, trainRatio) as { train: TrainerPoint[]; test: TrainerPoint[] };
}
