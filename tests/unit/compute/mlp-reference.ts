/** A float64 plain-JS MLP: the independent reference for the tensor MLP. */
import type { ActivationName, LossName, Mlp } from '@/lib/compute/maths';
import type { Mat } from './setup';

export const ACT: Record<ActivationName, (z: number) => number> = {
  tanh: Math.tanh,
  relu: (z) => Math.max(0, z),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  linear: (z) => z,
};

export interface RefParams {
  W: Mat[];
  b: number[][];
  acts: ActivationName[];
}

export async function readParams(net: Mlp): Promise<RefParams> {
  return {
    W: await Promise.all(net.weights.map(async (w) => (await w.array()) as Mat)),
    b: await Promise.all(net.biases.map(async (b) => Array.from(await b.data()))),
    acts: net.config.layers.map((l) => l.activation),
  };
}

/** Every layer's z and a for every row of x, with naive loops. */
export function refForward(p: RefParams, x: Mat): { z: Mat[]; a: Mat[] } {
  const z: Mat[] = [];
  const a: Mat[] = [];
  let prev = x;
  p.W.forEach((W, l) => {
    const zl = prev.map((row) => W[0].map((_, j) => row.reduce((s, v, k) => s + v * W[k][j], p.b[l][j])));
    const al = zl.map((r) => r.map(ACT[p.acts[l]]));
    z.push(zl);
    a.push(al);
    prev = al;
  });
  return { z, a };
}

export function refLoss(p: RefParams, x: Mat, t: Mat, loss: LossName): number {
  const out = refForward(p, x).a.at(-1)!;
  let s = 0;
  out.forEach((row, i) =>
    row.forEach((v, j) => {
      if (loss === 'mse') s += 0.5 * (v - t[i][j]) ** 2;
      else s -= t[i][j] * Math.log(v) + (1 - t[i][j]) * Math.log(1 - v);
    }),
  );
  return s / x.length;
}

/** Central finite differences of refLoss in float64, for every W and b entry. */
export function refFiniteDiff(p: RefParams, x: Mat, t: Mat, loss: LossName, h = 1e-6): { dW: Mat[]; db: number[][] } {
  const bump = (get: () => number, set: (v: number) => void) => {
    const v0 = get();
    set(v0 + h);
    const up = refLoss(p, x, t, loss);
    set(v0 - h);
    const down = refLoss(p, x, t, loss);
    set(v0);
    return (up - down) / (2 * h);
  };
  const dW = p.W.map((W) => W.map((row) => row.map((_, j) => bump(() => row[j], (v) => (row[j] = v)))));
  const db = p.b.map((b) => b.map((_, j) => bump(() => b[j], (v) => (b[j] = v))));
  return { dW, db };
}
