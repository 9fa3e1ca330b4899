/**
 * The known-answer check: a backend is trusted only after it computes a few small matmuls and a
 * softmax that match plain JavaScript (read back with await data(), never dataSync()). Headless
 * Chromium's SwiftShader WebGPU, for one, initialises fine and then reads back zeros.
 */
import { orAfter } from './timeout';
import type { HealthReport, TfCore } from './types';

interface Case {
  name: string;
  run(tf: TfCore): InstanceType<TfCore['Tensor']>;
  expected: number[];
}

const fill = (n: number, m: number, f: (i: number, j: number) => number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => f(i, j)));

function matmulRef(a: number[][], b: number[][]): number[] {
  return a.flatMap((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

function softmaxRef(a: number[][]): number[] {
  return a.flatMap((row) => {
    const mx = Math.max(...row);
    const e = row.map((v) => Math.exp(v - mx));
    const s = e.reduce((x, y) => x + y, 0);
    return e.map((v) => v / s);
  });
}

function cases(): Case[] {
  const a = fill(3, 4, (i, j) => i * 4 + j - 5);
  const b = fill(4, 2, (i, j) => (i + 1) * (j % 2 ? -1 : 2));
  // odd sizes exercise the edges of tiled GPU kernels
  const c = fill(33, 17, (i, j) => Math.sin(i * 1.3 + j * 0.7));
  const d = fill(17, 9, (i, j) => Math.cos(i * 0.5 - j * 1.1));
  const s = fill(4, 5, (i, j) => (i - j) * 0.8 + (i === j ? 3 : 0));
  return [
    { name: 'matmul 3×4·4×2', run: (tf) => tf.matMul(tf.tensor2d(a), tf.tensor2d(b)), expected: matmulRef(a, b) },
    { name: 'matmul 33×17·17×9', run: (tf) => tf.matMul(tf.tensor2d(c), tf.tensor2d(d)), expected: matmulRef(c, d) },
    { name: 'softmax 4×5', run: (tf) => tf.softmax(tf.tensor2d(s)), expected: softmaxRef(s) },
  ];
}

/** Runs the cases on the current backend. Tolerance |err| ≤ tol·(1 + |expected|). */
export async function knownAnswerCheck(tf: TfCore, tol = 1e-3): Promise<HealthReport> {
  const t0 = performance.now();
  let maxError = 0;
  const failures: string[] = [];
  for (const c of cases()) {
    const out = tf.tidy(() => c.run(tf));
    let got: ArrayLike<number>;
    try {
      got = await out.data();
    } finally {
      out.dispose();
    }
    let bad = got.length !== c.expected.length;
    c.expected.forEach((e, i) => {
      const err = Math.abs(got[i] - e);
      if (!(err <= tol * (1 + Math.abs(e)))) bad = true;
      maxError = Math.max(maxError, Number.isNaN(err) ? Infinity : err);
    });
    if (bad) failures.push(c.name);
  }
  return { ok: failures.length === 0, maxError, failures, ms: performance.now() - t0 };
}

/** The check, or a failed report after `ms` milliseconds (a hung GPU must not hang the page). */
export function knownAnswerCheckWithin(tf: TfCore, ms: number): Promise<HealthReport | 'timeout'> {
  return orAfter(knownAnswerCheck(tf), ms, 'timeout' as const);
}
