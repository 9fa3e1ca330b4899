import { describe, expect, it } from 'vitest';
import { decode, defaults, encode, initialState, resolveHidden } from '@/lib/demos/params';
import { demoInfo } from '@/lib/demos/registry';
import { divergenceNotice, enabledOptimizers, fmt, fmtVec, PARAMS, spec, MAX_STEPS, moveStart, stopReason, SURFACES } from '@/lib/demos/gd-explorer/params';
import { contourLevels, contourSegments, makeScale, starPoints, windowTicks } from '@/lib/demos/gd-explorer/plot';
import { wantsLogScale } from '@/lib/demos/axis';
import { tableRows, updateNumbers } from '@/lib/demos/gd-explorer/formula';
import { meanSquaredError, regressionWindow } from '@/lib/demos/gd-explorer/regression';

const info = demoInfo('gd-explorer')!;
const ns = info.name;

describe('gd-explorer parameter table', () => {
  it('has valid defaults: the chapter’s worked example (κ = 10, start (4, 1), α = 0.15)', () => {
    const d = defaults(PARAMS);
    expect(d).toMatchObject({ mode: 'surface', fn: 'quadratic', kappa: 10, lr: 0.15, x: 4, y: 1, sgd: true, momentum: true, adam: true });
    for (const [key, spec] of Object.entries(PARAMS)) {
      if (spec.kind === 'number' || spec.kind === 'int') {
        expect(spec.default, key).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default, key).toBeLessThanOrEqual(spec.max);
      }
      if (spec.kind === 'enum') expect(spec.options.map((o) => o.value), key).toContain(spec.default);
    }
    expect(decode(PARAMS, '', ns)).toEqual({ values: d, notices: [] });
    expect(encode(PARAMS, d, ns)).toBe('');
  });

  it('round-trips a changed state through the URL', () => {
    const v = { ...defaults(PARAMS), fn: 'rosenbrock', lr: 0.002, x: -1.2, y: 1, adam: false, beta: 0.5, show: 'momentum', speed: 50, mode: 'regression', data: 'random', seed: 7 };
    const search = encode(PARAMS, v, ns, '?backend=wasm&other.k=1');
    expect(search).toContain('gd-explorer.lr=0.002');
    expect(search).toContain('gd-explorer.adam=0');
    expect(search).toContain('backend=wasm');
    const back = decode(PARAMS, search, ns);
    expect(back.notices).toEqual([]);
    expect(back.values).toEqual(v);
  });

  it('clamps garbage with notices', () => {
    const { values, notices } = decode(PARAMS, '?gd-explorer.lr=abc&gd-explorer.kappa=1e9&gd-explorer.x=-99&gd-explorer.fn=banana&gd-explorer.sgd=maybe&gd-explorer.bogus=1', ns);
    expect(values.lr).toBe(0.15);
    expect(values.kappa).toBe(100);
    expect(values.x).toBe(-10);
    expect(values.fn).toBe('quadratic');
    expect(values.sgd).toBe(true);
    expect(notices).toHaveLength(6);
    expect(notices.join('\n')).toContain('gd-explorer.bogus');
    expect(decode(PARAMS, '?gd-explorer.lr=1e9', ns).values.lr).toBe(2);
    expect(decode(PARAMS, '?gd-explorer.lr=1e9', ns).notices[0]).toContain('已改为 2');
    expect(decode(PARAMS, '?gd-explorer.lr=0', ns).values.lr).toBe(0.0001);
  });

  it('lets an embed hide parameters and the extra controls', () => {
    const { hidden, notices } = resolveHidden(spec, '?hide=lr,play,table,nonsense', ns);
    expect([...hidden].sort()).toEqual(['lr', 'play', 'table']);
    expect(notices).toEqual([]);
    const own = resolveHidden(spec, '?gd-explorer.hide=backend,nonsense', ns);
    expect([...own.hidden]).toEqual(['backend']);
    expect(own.notices).toHaveLength(1);
    expect(own.notices[0]).toMatch(/nonsense.*不是这个演示的控件名/);
  });

  it('still reads links written with the old namespace (gd.), and rewrites them', () => {
    const state = initialState(spec, '?gd.lr=0.05&gd.hide=play', ns, info.aliases);
    expect(state.values.lr).toBe(0.05);
    expect([...state.hidden]).toEqual(['play']);
    expect(encode(PARAMS, state.values, ns, '?gd.lr=0.05&gd.hide=play&backend=cpu', info.aliases)).toBe('?gd-explorer.hide=play&backend=cpu&gd-explorer.lr=0.05');
  });

  it('lists the enabled optimizers and suggests a start inside each window', () => {
    expect(enabledOptimizers({ sgd: true, momentum: false, adam: true })).toEqual(['sgd', 'adam']);
    for (const { bounds: w, start } of Object.values(SURFACES)) {
      expect(start[0]).toBeGreaterThanOrEqual(w.x[0]);
      expect(start[0]).toBeLessThanOrEqual(w.x[1]);
      expect(start[1]).toBeGreaterThanOrEqual(w.y[0]);
      expect(start[1]).toBeLessThanOrEqual(w.y[1]);
    }
  });
});

describe('gd-explorer helpers', () => {
  it('formats numbers like the chapter', () => {
    expect(fmtVec([3.4, -0.5])).toBe('(3.4000, −0.5000)');
    expect(fmt(NaN)).toBe('NaN');
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(1.23e9)).toBe('1.23e+9');
    expect(fmt(-4.2e-45)).toBe('−4.20e−45');
  });

  it('moves the start with the arrow keys, clamped to the table', () => {
    expect(moveStart(4, 1, 'ArrowLeft', false)).toEqual([3.9, 1]);
    expect(moveStart(4, 1, 'ArrowUp', true)).toEqual([4, 1.01]);
    expect(moveStart(10, 1, 'ArrowRight', false)).toEqual([10, 1]);
    expect(moveStart(4, 1, 'Enter', false)).toBeNull();
  });

  it('says why a run stops: divergence, convergence or the step limit', () => {
    const p = (g: number[], divergence: unknown = null, theta = [Math.random(), 1]) => ({ theta, gradient: g, divergence });
    expect(stopReason([])).toBeNull();
    expect(stopReason([p([4, 10])])).toBeNull();
    expect(stopReason([p([4, 10]), p([NaN, 1], { kind: 'nan' })])).toBe('diverged');
    expect(stopReason([p([4, 10]), p([1e-7, -3e-7])])).toBe('converged');
    expect(stopReason([p([4, 10], null, [3, 2]), p([1e-5, 1e-5], null, [3, 2])])).toBe('stalled');
    expect(stopReason([p([4, 10]), p([1, 1])], 1)).toBe('max-steps');
    expect(MAX_STEPS).toBeGreaterThanOrEqual(17082); // Rosenbrock with α = 0.001 needs 17082 steps (chapter)
  });

  it('names the learning rate that caused a divergence', () => {
    expect(divergenceNotice('SGD', 0.21, 72, '发散。')).toBe('SGD 在学习率 α = 0.21 下发散，已在第 72 步停止：发散。');
  });

  it('reads the update numbers off a path (momentum example of the chapter: α = 0.1, β = 0.5)', () => {
    const path = [
      { theta: [4, 1], gradient: [4, 10], loss: 13 },
      { theta: [3.6, 0], gradient: [3.6, 0], loss: 6.48 },
      { theta: [3.04, -0.5], gradient: [3.04, -5], loss: 5.8708 },
    ];
    expect(updateNumbers(path.slice(0, 1), 0.1)).toMatchObject({ t: 0, next: null });
    const u = updateNumbers(path, 0.1)!;
    expect(u.t).toBe(1);
    expect(u.direction![0]).toBeCloseTo(5.6, 10);
    expect(u.direction![1]).toBeCloseTo(5, 10);
    expect(u.prevVelocity![0]).toBeCloseTo(4, 10);
    expect(u.prevVelocity![1]).toBeCloseTo(10, 10);
    expect(updateNumbers([], 0.1)).toBeNull();
  });

  it('keeps the head and tail of long tables', () => {
    const path = Array.from({ length: 500 }, (_, i) => ({ theta: [i, 0], gradient: [0, 0], loss: i }));
    const rows = tableRows(path, 10, 5);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 495, 496, 497, 498, 499]);
    expect(tableRows(path.slice(0, 3))).toHaveLength(3);
  });

  it('draws contour segments where the grid crosses a level (circle x² + y² = 1)', () => {
    const n = 41;
    const win = { x: [-2, 2] as [number, number], y: [-2, 2] as [number, number] };
    const grid = new Float32Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) grid[j * n + i] = (-2 + (4 * i) / (n - 1)) ** 2 + (-2 + (4 * j) / (n - 1)) ** 2;
    const segs = contourSegments(grid, n, win, 1);
    expect(segs.length).toBeGreaterThan(30);
    for (const [x0, y0, x1, y1] of segs) {
      expect(Math.hypot(x0, y0)).toBeCloseTo(1, 1);
      expect(Math.hypot(x1, y1)).toBeCloseTo(1, 1);
    }
    const levels = contourLevels(grid, 10);
    expect(levels.length).toBeGreaterThan(5);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });

  it('maps data to pixels and back, y up', () => {
    const s = makeScale({ x: [-5, 5], y: [-3, 3] }, 200, 120);
    expect(s.px(-5)).toBe(0);
    expect(s.py(3)).toBe(0);
    expect(s.py(-3)).toBe(120);
    const [x, y] = s.invert(s.px(1.5), s.py(-2));
    expect(x).toBeCloseTo(1.5, 10);
    expect(y).toBeCloseTo(-2, 10);
  });

  it('puts round ticks inside each surface’s window, and draws a star around its centre', () => {
    expect(windowTicks(-2.5, 2.5, 4)).toEqual([-2, 0, 2]);
    expect(windowTicks(-2.5, 2.5, 5)).toEqual([-2, -1, 0, 1, 2]);
    expect(windowTicks(-5, 5, 6)).toEqual([-4, -2, 0, 2, 4]);
    expect(windowTicks(-1, 3, 5)).toEqual([-1, 0, 1, 2, 3]);
    for (const { bounds: w } of Object.values(SURFACES)) {
      for (const [lo, hi] of [w.x, w.y]) {
        const t = windowTicks(lo, hi, 4);
        expect(t.length).toBeGreaterThanOrEqual(3);
        for (const v of t) {
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(hi);
          expect(String(v).length).toBeLessThanOrEqual(4);
        }
      }
    }
    const star = starPoints(10, 20, 8);
    expect(star).toHaveLength(10);
    expect(star[0][0]).toBeCloseTo(10, 10);
    expect(star[0][1]).toBeCloseTo(12, 10);
    for (const [i, [x, y]] of star.entries()) expect(Math.hypot(x - 10, y - 20)).toBeCloseTo(i % 2 ? 3.6 : 8, 10);
  });

  it('chooses a log loss axis only for positive losses', () => {
    expect(wantsLogScale([13, 7.03, 0.01])).toBe(true);
    expect(wantsLogScale([0.5, -1])).toBe(false);
    expect(wantsLogScale([13, 0, 1.3e-5])).toBe(true);
    expect(wantsLogScale([NaN, 2, Infinity, 0.1])).toBe(true);
    expect(wantsLogScale([3, 2])).toBe(false);
    expect(wantsLogScale([0, 0])).toBe(false);
  });

  it('gives the regression window and loss', () => {
    const data = { x: [[1], [2], [3]], y: [1, 3, 4] };
    expect(meanSquaredError(data, [0, 0])).toBeCloseTo(26 / 3, 12);
    expect(meanSquaredError(data, [1.5, -1 / 3])).toBeCloseTo(1 / 18, 12);
    const w = regressionWindow(data);
    expect(w.x[0]).toBeLessThan(0);
    expect(w.y[1]).toBeGreaterThan(4);
  });
});
