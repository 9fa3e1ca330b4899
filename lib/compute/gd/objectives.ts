/**
 * Two-dimensional test functions for gradient descent. Each gives L(x, y) and its gradient
 * written out by hand, elementwise, so one definition serves a single point θ = [x, y] and a
 * whole grid of points (for contour plots) in one batched pass.
 */
import * as tf from '@tensorflow/tfjs-core';

export type ObjectiveId = 'quadratic' | 'rosenbrock' | 'saddle' | 'himmelblau';

export interface Objective2D {
  readonly id: ObjectiveId;
  /** A short Chinese label for the UI. */
  readonly label: string;
  /** L at each point: x and y of any (equal) shape. */
  valueXY(x: tf.Tensor, y: tf.Tensor): tf.Tensor;
  /** [∂L/∂x, ∂L/∂y] at each point. */
  gradientXY(x: tf.Tensor, y: tf.Tensor): [tf.Tensor, tf.Tensor];
  /** Where the minima are (for markers and tests). */
  readonly minima: ReadonlyArray<readonly [number, number]>;
  /** A sensible plotting window (x and y ranges). */
  readonly domain: { x: [number, number]; y: [number, number] };
  /** A sensible starting point. */
  readonly start: [number, number];
}

const s = (v: number) => tf.scalar(v);

/**
 * An ill-conditioned bowl L = ½(x² + κy²): Hessian eigenvalues 1 and κ (the condition number).
 * Plain gradient descent converges only for learning rate < 2/κ and zig-zags across the valley.
 */
export function quadraticBowl(condition = 10): Objective2D {
  return {
    id: 'quadratic',
    label: `二次碗（条件数 ${condition}）`,
    valueXY: (x, y) => tf.mul(s(0.5), tf.add(tf.square(x), tf.mul(s(condition), tf.square(y)))),
    gradientXY: (x, y) => [tf.clone(x), tf.mul(s(condition), y)],
    minima: [[0, 0]],
    domain: { x: [-3, 3], y: [-3, 3] },
    start: [-2.5, 1.5],
  };
}

/** Rosenbrock's banana valley L = (a − x)² + b(y − x²)², minimum at (a, a²). */
export function rosenbrock(a = 1, b = 100): Objective2D {
  return {
    id: 'rosenbrock',
    label: 'Rosenbrock 香蕉谷',
    valueXY: (x, y) => {
      const r = tf.sub(y, tf.square(x));
      return tf.add(tf.square(tf.sub(s(a), x)), tf.mul(s(b), tf.square(r)));
    },
    gradientXY: (x, y) => {
      const r = tf.sub(y, tf.square(x));
      // ∂L/∂x = −2(a − x) − 4b·x·(y − x²);  ∂L/∂y = 2b(y − x²)
      const gx = tf.sub(tf.mul(s(-2), tf.sub(s(a), x)), tf.mul(s(4 * b), tf.mul(x, r)));
      return [gx, tf.mul(s(2 * b), r)];
    },
    minima: [[a, a * a]],
    domain: { x: [-2, 2], y: [-1, 3] },
    start: [-1.5, 2],
  };
}

/**
 * A saddle at the origin, L = x² − y² + y⁴/4: downhill along y, uphill along x. Started exactly
 * on the x axis, gradient descent stalls at the saddle; a tiny y offset lets it escape to one of
 * the two minima at (0, ±√2), where L = −1.
 */
export function saddle(): Objective2D {
  return {
    id: 'saddle',
    label: '鞍点',
    valueXY: (x, y) => tf.add(tf.sub(tf.square(x), tf.square(y)), tf.mul(s(0.25), tf.pow(y, s(4)))),
    gradientXY: (x, y) => [tf.mul(s(2), x), tf.add(tf.mul(s(-2), y), tf.pow(y, s(3)))],
    minima: [
      [0, Math.SQRT2],
      [0, -Math.SQRT2],
    ],
    domain: { x: [-2, 2], y: [-2.5, 2.5] },
    start: [-1.8, 0.01],
  };
}

/** Himmelblau's function, four minima with L = 0: which one you reach depends on the start. */
export function himmelblau(): Objective2D {
  return {
    id: 'himmelblau',
    label: 'Himmelblau 多极小值',
    valueXY: (x, y) => {
      const u = tf.sub(tf.add(tf.square(x), y), s(11));
      const v = tf.sub(tf.add(x, tf.square(y)), s(7));
      return tf.add(tf.square(u), tf.square(v));
    },
    gradientXY: (x, y) => {
      const u = tf.sub(tf.add(tf.square(x), y), s(11));
      const v = tf.sub(tf.add(x, tf.square(y)), s(7));
      // ∂L/∂x = 4x·u + 2v;  ∂L/∂y = 2u + 4y·v
      const gx = tf.add(tf.mul(s(4), tf.mul(x, u)), tf.mul(s(2), v));
      const gy = tf.add(tf.mul(s(2), u), tf.mul(s(4), tf.mul(y, v)));
      return [gx, gy];
    },
    minima: [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ],
    domain: { x: [-5, 5], y: [-5, 5] },
    start: [0, 0],
  };
}

/** L(θ) for θ of shape [2]. */
export function objectiveValue(f: Objective2D, theta: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const [x, y] = tf.unstack(theta);
    return tf.reshape(f.valueXY(x, y), []) as tf.Scalar;
  });
}

/** ∇L(θ) for θ of shape [2], from the hand-written partial derivatives. */
export function objectiveGradient(f: Objective2D, theta: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => {
    const [x, y] = tf.unstack(theta);
    const [gx, gy] = f.gradientXY(x, y);
    return tf.stack([tf.reshape(gx, []), tf.reshape(gy, [])]) as tf.Tensor1D;
  });
}

/** L on an n×n grid spanning the domain, edges included (linspace), row-major (row = y): for contours. */
export async function objectiveGrid(f: Objective2D, n: number): Promise<Float32Array> {
  const values = tf.tidy(() => {
    const xs = tf.linspace(f.domain.x[0], f.domain.x[1], n);
    const ys = tf.linspace(f.domain.y[0], f.domain.y[1], n);
    const x = tf.tile(tf.reshape(xs, [1, n]), [n, 1]);
    const y = tf.tile(tf.reshape(ys, [n, 1]), [1, n]);
    return f.valueXY(x, y);
  });
  const data = (await values.data()) as Float32Array;
  values.dispose();
  return data;
}
