/**
 * What the trainer's view and its worker both need to know about the data, without tfjs (the page
 * imports it): the point type, which sets are regression, which are drawn by the reader, the
 * plot's extent, and the input features as plain functions (for the diagram's input maps).
 */

export interface TrainerPoint {
  x: number;
  y: number;
  label: number;
}

export type Problem = 'classification' | 'regression';

/** Dataset names in the parameter table: 'draw' and 'drawreg' are the reader's own points. */
export const CLASSIFICATION_SETS = ['circle', 'xor', 'gauss', 'spiral', 'draw'] as const;
export const REGRESSION_SETS = ['plane', 'multigauss', 'drawreg'] as const;
export type TrainerDataset = (typeof CLASSIFICATION_SETS)[number] | (typeof REGRESSION_SETS)[number];

export const problemOf = (d: string): Problem => ((REGRESSION_SETS as readonly string[]).includes(d) ? 'regression' : 'classification');
export const isDrawn = (d: string): boolean => d === 'draw' || d === 'drawreg';

/** The plot's extent: points and the boundary live in [−DOMAIN, DOMAIN]². */
export const DOMAIN = 6;

/** The big plot's side (cells) when paused. */
export const BOUNDARY_N = 100;
/** The big plot's side while training: a quarter of the cells, so more of the worker's time trains. */
export const COARSE_BOUNDARY_N = 50;
/** The side of each neuron's small heat map in the network diagram. */
export const NEURON_N = 16;

const FEATURE_FNS: Record<string, (x: number, y: number) => number> = {
  x: (x) => x,
  y: (_x, y) => y,
  x2: (x) => x * x,
  y2: (_x, y) => y * y,
  xy: (x, y) => x * y,
  sinx: (x) => Math.sin(x),
  siny: (_x, y) => Math.sin(y),
};

/** A feature over an n×n grid of cell centres (row 0 = smallest y), scaled into [−1, 1] by its largest size. */
export function featureGrid(feature: string, n: number): Float32Array {
  const f = FEATURE_FNS[feature];
  if (!f) throw new Error(`unknown feature ${feature}`);
  const out = new Float32Array(n * n);
  const c = (k: number) => -DOMAIN + ((k + 0.5) * 2 * DOMAIN) / n;
  let max = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) max = Math.max(max, Math.abs((out[i * n + j] = f(c(j), c(i)))));
  if (max > 0) for (let k = 0; k < out.length; k++) out[k] /= max;
  return out;
}
