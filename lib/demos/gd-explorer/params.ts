/**
 * The gradient descent explorer's parameters (one typed table: defaults, controls, URL state and
 * clamping derive from it) and the small pure helpers its view needs. No React, no DOM, no tfjs.
 *
 * The defaults reproduce the chapter's worked example: L = ½(θ₁² + 10θ₂²), start (4, 1), α = 0.15.
 */
import { defineSpec, type ParamTable, type ParamValues } from '../params';

export type FnId = 'quadratic' | 'rosenbrock' | 'saddle' | 'himmelblau';
export type OptimizerId = 'sgd' | 'momentum' | 'adam';

export const OPTIMIZERS: readonly { id: OptimizerId; label: string; color: string; dash: number[] }[] = [
  { id: 'sgd', label: 'SGD', color: '#e8590c', dash: [] },
  { id: 'momentum', label: '动量', color: '#1c7ed6', dash: [7, 4] },
  { id: 'adam', label: 'Adam', color: '#2b9a3e', dash: [2, 3] },
];

export const PARAMS = {
  mode: {
    kind: 'enum',
    label: '模式',
    default: 'surface',
    options: [
      { value: 'surface', label: '二维损失曲面' },
      { value: 'regression', label: '拟合直线' },
    ],
  },
  fn: {
    kind: 'enum',
    label: '损失函数',
    default: 'quadratic',
    options: [
      { value: 'quadratic', label: '二次碗 ½(x²+κy²)' },
      { value: 'rosenbrock', label: 'Rosenbrock 香蕉谷' },
      { value: 'saddle', label: '鞍点 x²−y²+y⁴/4' },
      { value: 'himmelblau', label: 'Himmelblau 四个极小' },
    ],
  },
  kappa: { kind: 'number', label: '条件数 κ', default: 10, min: 1, max: 100, step: 1 },
  lr: { kind: 'number', label: '学习率 α', default: 0.15, min: 0.0001, max: 2, scale: 'log' },
  sgd: { kind: 'bool', label: 'SGD', default: true },
  momentum: { kind: 'bool', label: '动量', default: true },
  adam: { kind: 'bool', label: 'Adam', default: true },
  beta: { kind: 'number', label: '动量系数 β', default: 0.9, min: 0, max: 0.99, step: 0.01 },
  show: {
    kind: 'enum',
    label: '公式所示的优化器',
    default: 'sgd',
    options: OPTIMIZERS.map((o) => ({ value: o.id, label: o.label })),
  },
  x: { kind: 'number', label: '起点 θ₁', default: 4, min: -10, max: 10, step: 0.1, input: 'number' },
  y: { kind: 'number', label: '起点 θ₂', default: 1, min: -10, max: 10, step: 0.1, input: 'number' },
  speed: { kind: 'int', label: '每帧步数', default: 1, min: 1, max: 200 },
  data: {
    kind: 'enum',
    label: '数据',
    default: 'chapter',
    options: [
      { value: 'chapter', label: '正文的 3 个点' },
      { value: 'random', label: '随机点（y = 1.5x − 0.5 加噪声）' },
    ],
  },
  points: { kind: 'int', label: '点数', default: 30, min: 3, max: 200 },
  seed: { kind: 'int', label: '随机种子', default: 1, min: 0, max: 99999, input: 'number' },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names of controls besides the parameters that an embed may hide (`?hide=play,table`). */
export const CONTROLS = ['play', 'table', 'formula', 'chart', 'legend'] as const;

/** The most steps one run takes; play stops there. */
export const MAX_STEPS = 20000;

/** Where the 10-second promise is measured: frames per second of the animation. */
export const FRAMES_PER_SECOND = 60;

/**
 * Each surface's plotting bounds and its default run: the start, the learning rate and the steps
 * per frame that picking the surface sets. Chosen so that with these every optimizer reaches a
 * minimum within about 10 s of play at 60 frames a second (tests/unit/demos/gd-explorer/reach.test.ts).
 * The quadratic's are the table's defaults: the chapter's worked example.
 */
export const SURFACES: Record<FnId, { bounds: { x: [number, number]; y: [number, number] }; start: [number, number]; lr: number; speed: number }> = {
  quadratic: { bounds: { x: [-5, 5], y: [-3, 3] }, start: [4, 1], lr: 0.15, speed: 1 },
  rosenbrock: { bounds: { x: [-2, 2], y: [-1, 3] }, start: [-1.2, 1], lr: 0.002, speed: 20 },
  saddle: { bounds: { x: [-2, 2], y: [-2.5, 2.5] }, start: [1, 0.01], lr: 0.1, speed: 1 },
  himmelblau: { bounds: { x: [-5, 5], y: [-5, 5] }, start: [0, 0], lr: 0.01, speed: 2 },
};

/** The values picking a surface sets: its start, learning rate and speed. */
export function surfaceDefaults(fn: FnId): Pick<Values, 'fn' | 'x' | 'y' | 'lr' | 'speed'> {
  const s = SURFACES[fn];
  return { fn, x: s.start[0], y: s.start[1], lr: s.lr, speed: s.speed };
}

/** A run counts as having reached a minimum within this share of its window's larger side (a few pixels). */
export const REACH_SHARE = 0.02;

/** The distance from θ to the nearest of `minima`. */
export function distanceToMinimum(theta: readonly number[], minima: readonly (readonly [number, number])[]): number {
  return Math.min(...minima.map(([a, b]) => Math.hypot(theta[0] - a, theta[1] - b)));
}

/** The optimizers switched on, in the table's order. */
export function enabledOptimizers(v: Pick<Values, 'sgd' | 'momentum' | 'adam'>): OptimizerId[] {
  return OPTIMIZERS.map((o) => o.id).filter((id) => v[id]);
}

export function optimizerInfo(id: OptimizerId) {
  return OPTIMIZERS.find((o) => o.id === id) ?? OPTIMIZERS[0];
}

/** The chapter's regression example: (1, 1), (2, 3), (3, 4). */
export const CHAPTER_POINTS = { x: [[1], [2], [3]], y: [1, 3, 4] };

/** A number for the reader: 4 decimals, or scientific notation when very large or small. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  const s = a !== 0 && (a >= 1e5 || a < 1e-4) ? v.toExponential(2) : v.toFixed(digits);
  return s.replaceAll('-', '−');
}

/** A vector as "(4.0000, 1.0000)". */
export function fmtVec(v: readonly number[], digits = 4): string {
  return `(${v.map((x) => fmt(x, digits)).join(', ')})`;
}

/** A learning rate as the slider shows it (3 significant digits). */
export function fmtLr(lr: number): string {
  return Number(lr.toPrecision(3)).toString();
}

/** Rounds a start coordinate so URLs stay short (the keyboard moves by 0.1, a click by 0.01). */
export function roundCoord(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Moves the start point by an arrow key; null for other keys. `fine` (Shift) moves by 0.01. */
export function moveStart(x: number, y: number, key: string, fine: boolean): [number, number] | null {
  const d = fine ? 0.01 : 0.1;
  const delta: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
  const m = delta[key];
  if (!m) return null;
  const clamp = (v: number) => Math.min(PARAMS.x.max, Math.max(PARAMS.x.min, roundCoord(v)));
  return [clamp(x + m[0]), clamp(y + m[1])];
}

/** Below this gradient norm a run counts as converged (float32 cannot do much better) and stops. */
export const CONVERGED_GRADIENT = 1e-6;

export type StopReason = 'diverged' | 'converged' | 'stalled' | 'max-steps';

/**
 * Why a run (its path so far, start included) must not take another step, or null if it may:
 * diverged; converged (‖∇L‖ below CONVERGED_GRADIENT); stalled (θ did not change in the last step:
 * the update is below float32's resolution, so later steps would repeat it); or the step limit.
 */
export function stopReason(
  path: readonly { theta: readonly number[]; gradient: readonly number[]; divergence: unknown }[],
  maxSteps = MAX_STEPS,
): StopReason | null {
  const last = path[path.length - 1];
  if (!last) return null;
  if (last.divergence) return 'diverged';
  if (Math.hypot(...last.gradient) < CONVERGED_GRADIENT) return 'converged';
  const prev = path[path.length - 2];
  if (prev && prev.theta.every((v, i) => v === last.theta[i])) return 'stalled';
  if (path.length - 1 >= maxSteps) return 'max-steps';
  return null;
}

/** A few words on why a run stopped, for the legend. */
export function stopLabel(reason: StopReason | null): string {
  if (reason === 'converged') return '（已收敛：‖∇L‖ < 10⁻⁶）';
  if (reason === 'stalled') return '（已停住：θ 在 float32 精度下不再变化）';
  if (reason === 'max-steps') return `（已达 ${MAX_STEPS} 步上限）`;
  if (reason === 'diverged') return '（已发散）';
  return '';
}

/** The sentence shown when a run diverges: which optimizer, at which step, and the learning rate that caused it. */
export function divergenceNotice(optimizer: string, lr: number, step: number, message: string): string {
  return `${optimizer} 在学习率 α = ${fmtLr(lr)} 下发散，已在第 ${step} 步停止：${message}`;
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
