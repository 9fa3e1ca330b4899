/**
 * Each surface's default run (the start, learning rate and steps per frame that picking it sets)
 * reaches a minimum within 10 s of play at 60 frames a second, for every optimizer the race starts
 * with: run through the compute core (cpu backend) exactly as the view steps it, stopping where the
 * view stops. And every minimum in each window is the one marked: checked against the surfaces
 * written out again here in float64, with their own gradients and Hessians.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpu } from '../../compute/setup';
import * as M from '@/lib/compute/maths';
import { defaults } from '@/lib/demos/params';
import { distanceToMinimum, enabledOptimizers, FRAMES_PER_SECOND, MAX_STEPS, PARAMS, REACH_SHARE, stopReason, surfaceDefaults, SURFACES, type FnId } from '@/lib/demos/gd-explorer/params';
import { objectiveFor } from '@/lib/demos/gd-explorer/surface';

beforeAll(useCpu);

const FNS = Object.keys(SURFACES) as FnId[];
const SECONDS = 10;

describe('each surface’s default run reaches a minimum within 10 s at 60 frames a second', () => {
  it('the quadratic’s defaults are the table’s (the chapter’s worked example)', () => {
    const d = defaults(PARAMS);
    expect(surfaceDefaults('quadratic')).toEqual({ fn: d.fn, x: d.x, y: d.y, lr: d.lr, speed: d.speed });
  });

  for (const fn of FNS) {
    it(fn, async () => {
      const v = { ...defaults(PARAMS), ...surfaceDefaults(fn) };
      const f = objectiveFor(fn, v.kappa);
      const budget = Math.min(MAX_STEPS, FRAMES_PER_SECOND * SECONDS * v.speed);
      const { x, y } = SURFACES[fn].bounds;
      const tolerance = REACH_SHARE * Math.max(x[1] - x[0], y[1] - y[0]);
      const kinds = enabledOptimizers(v);
      expect(kinds).toEqual(['sgd', 'momentum', 'adam']);
      for (const kind of kinds) {
        const run = new M.Descent2D(f, { kind, learningRate: v.lr, momentum: v.beta }, { start: [v.x, v.y] });
        const path = [await run.current()];
        while (path.length - 1 < budget && stopReason(path) === null) path.push(await run.step());
        run.dispose();
        const last = path[path.length - 1];
        expect(last.divergence, `${fn} ${kind}`).toBeNull();
        const d = distanceToMinimum(last.theta, f.minima);
        expect(d, `${fn} ${kind}: ${path.length - 1} steps of ${budget}, θ = ${last.theta}`).toBeLessThan(tolerance);
      }
      // Rosenbrock's 3 × 12,000 steps take 25 s alone on the cpu backend, more beside other test files
    }, 240_000);
  }
});

/** The four surfaces in float64, written out again: L and its gradient. */
const PLAIN: Record<FnId, { L: (x: number, y: number) => number; g: (x: number, y: number) => [number, number] }> = {
  quadratic: { L: (x, y) => 0.5 * (x * x + 10 * y * y), g: (x, y) => [x, 10 * y] },
  rosenbrock: { L: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, g: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)] },
  saddle: { L: (x, y) => x * x - y * y + y ** 4 / 4, g: (x, y) => [2 * x, -2 * y + y ** 3] },
  himmelblau: {
    L: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    g: (x, y) => [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)],
  },
};

/** Newton's method on the gradient (Hessian by central differences of it), from (x, y). */
function newton(fn: FnId, x: number, y: number): { p: [number, number]; grad: number; positive: boolean } {
  const { g } = PLAIN[fn];
  const h = 1e-5;
  const hess = (a: number, b: number) => {
    const [gxp, gyp] = g(a + h, b);
    const [gxm, gym] = g(a - h, b);
    const [gxq, gyq] = g(a, b + h);
    const [gxn, gyn] = g(a, b - h);
    return [(gxp - gxm) / (2 * h), (gyp - gym) / (2 * h), (gxq - gxn) / (2 * h), (gyq - gyn) / (2 * h)];
  };
  for (let i = 0; i < 100; i++) {
    const [gx, gy] = g(x, y);
    const [a, b, c, d] = hess(x, y);
    const det = a * d - b * c;
    if (Math.abs(det) < 1e-12) break;
    x -= (d * gx - c * gy) / det;
    y -= (-b * gx + a * gy) / det;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e3 || Math.abs(y) > 1e3) break;
  }
  const [a, b, , d] = hess(x, y);
  return { p: [x, y], grad: Math.hypot(...g(x, y)), positive: a > 0 && a * d - b * b > 0 };
}

describe('every minimum in the window is marked', () => {
  for (const fn of FNS) {
    it(fn, () => {
      const f = objectiveFor(fn, 10);
      const { x: wx, y: wy } = SURFACES[fn].bounds;
      const inside = ([x, y]: readonly number[]) => x >= wx[0] && x <= wx[1] && y >= wy[0] && y <= wy[1];
      // each marked point is a minimum: gradient zero, Hessian positive definite
      for (const m of f.minima) {
        const r = newton(fn, m[0], m[1]);
        expect(r.grad, `${fn} ${m}`).toBeLessThan(1e-8);
        expect(r.positive).toBe(true);
        expect(Math.hypot(r.p[0] - m[0], r.p[1] - m[1])).toBeLessThan(1e-5);
      }
      // Newton from a 15 × 15 grid of starts: every minimum it finds inside the window is marked
      const found: [number, number][] = [];
      for (let i = 0; i < 15; i++)
        for (let j = 0; j < 15; j++) {
          const r = newton(fn, wx[0] + ((wx[1] - wx[0]) * i) / 14, wy[0] + ((wy[1] - wy[0]) * j) / 14);
          if (r.grad < 1e-8 && r.positive && inside(r.p)) found.push(r.p);
        }
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) expect(distanceToMinimum(p, f.minima), `${fn}: unmarked minimum at ${p}`).toBeLessThan(1e-4);
      for (const m of f.minima) expect(inside(m), `${fn}: ${m} outside the window`).toBe(true);
      if (fn === 'saddle') expect(f.minima).toHaveLength(2);
      if (fn === 'himmelblau') expect(f.minima).toHaveLength(4);
    });
  }
});
