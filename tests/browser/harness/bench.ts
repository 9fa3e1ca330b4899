/**
 * Benchmark workloads, run in the page on the current backend. Each result is the median time of
 * several runs after one warm-up (shader compilation), each run ending in an awaited read so GPU
 * work is really finished.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as M from '@/lib/compute/maths';

export interface BenchRow {
  name: string;
  /** Median milliseconds per operation. */
  ms: number;
  /** For matmuls. */
  gflops?: number;
  runs: number;
}

async function median(run: () => Promise<void>, budgetMs: number, maxRuns = 30): Promise<{ ms: number; runs: number }> {
  await run(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  while (times.length < maxRuns && (times.length < 3 || performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    if (performance.now() - start > budgetMs * 4) break; // very slow backends: stop early
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], runs: times.length };
}

async function matmul(n: number, budgetMs: number): Promise<BenchRow> {
  const rng = M.createRng(n);
  const a = tf.tensor2d(M.normalArray(rng, n * n), [n, n]);
  const b = tf.tensor2d(M.normalArray(rng, n * n), [n, n]);
  const reps = n <= 256 ? 10 : 1;
  const { ms, runs } = await median(async () => {
    const outs = Array.from({ length: reps }, () => tf.matMul(a, b));
    const s = tf.sum(outs[reps - 1]);
    await s.data();
    tf.dispose([...outs, s]);
  }, budgetMs);
  tf.dispose([a, b]);
  const per = ms / reps;
  return { name: `matmul ${n}²`, ms: per, gflops: (2 * n ** 3) / (per * 1e6), runs };
}

/** Playground's heaviest network: 7 features → 6 × 8 tanh → 1 tanh, 250 points, batch 10, SGD 0.03. */
function playgroundNet() {
  const points = M.makeDataset('spiral', M.createRng(1), { numPoints: 500, noise: 0 });
  const { train } = M.splitDataset(points, M.createRng(2), 0.5);
  const layers: M.LayerSpec[] = [...Array.from({ length: 6 }, () => ({ units: 8, activation: 'tanh' as const })), { units: 1, activation: 'tanh' }];
  const net = new M.Mlp({ inputSize: 7, layers }, M.createRng(3));
  return { net, x: M.featureMatrix(train, M.ALL_FEATURES), t: M.targetsFor(train, 'mse') };
}

async function mlpEpoch(budgetMs: number): Promise<BenchRow> {
  const { net, x, t } = playgroundNet();
  const { ms, runs } = await median(async () => {
    M.trainEpoch(net, x, t, 10, { learningRate: 0.03, loss: 'mse' });
    await net.biases[0].data(); // wait for the last update
  }, budgetMs);
  net.dispose();
  tf.dispose([x, t]);
  return { name: 'MLP epoch (250 pts, batch 10)', ms, runs };
}

async function boundary(budgetMs: number): Promise<BenchRow> {
  const { net, x, t } = playgroundNet();
  const grid = M.createBoundaryGrid(100, M.ALL_FEATURES);
  const { ms, runs } = await median(async () => {
    await M.decisionBoundary(net, grid);
  }, budgetMs);
  grid.dispose();
  net.dispose();
  tf.dispose([x, t]);
  return { name: 'decision boundary 100×100', ms, runs };
}

async function attention(seq: number, budgetMs: number): Promise<BenchRow> {
  const rng = M.createRng(seq);
  const [q, k, v] = [0, 1, 2].map(() => tf.tensor2d(M.normalArray(rng, seq * 64), [seq, 64]));
  const { ms, runs } = await median(async () => {
    const r = M.scaledDotProductAttention(q, k, v, { causal: true });
    await r.output.data();
    M.disposeAttention(r);
  }, budgetMs);
  tf.dispose([q, k, v]);
  return { name: `attention seq ${seq}, d_k 64`, ms, runs };
}

/** All workloads on the current backend; budgetMs bounds each one (roughly). */
export async function runBench(budgetMs = 1000): Promise<BenchRow[]> {
  const before = tf.memory().numTensors;
  const rows = [
    await matmul(256, budgetMs),
    await matmul(1024, budgetMs),
    await mlpEpoch(budgetMs),
    await boundary(budgetMs),
    await attention(64, budgetMs),
    await attention(256, budgetMs),
  ];
  if (tf.memory().numTensors !== before) throw new Error(`bench leaked ${tf.memory().numTensors - before} tensors`);
  return rows;
}
