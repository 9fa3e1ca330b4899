/**
 * Known-answer cases for comparing backends: each runs public maths on the current backend and
 * returns its numbers. The Node suite runs them on cpu and wasm, the browser suite on all four.
 */
import * as M from '@/lib/compute/maths';
import * as tf from '@tensorflow/tfjs-core';
import { FastSgd } from '@/lib/demos/trainer/sgd';

export type CaseResults = Record<string, number[]>;

async function read(t: tf.Tensor): Promise<number[]> {
  return Array.from(await t.data());
}

export async function runCases(): Promise<CaseResults> {
  const out: CaseResults = {};
  const before = tf.memory().numTensors;

  // MLP: forward, hand-written backward, ten training steps, decision boundary
  const pts = M.makeDataset('spiral', M.createRng(1), { numPoints: 40, noise: 0.1 });
  const X = M.featureMatrix(pts, M.ALL_FEATURES);
  const T = M.targetsFor(pts, 'mse');
  const cfg: M.MlpConfig = { inputSize: 7, layers: [{ units: 8, activation: 'tanh' }, { units: 6, activation: 'relu' }, { units: 1, activation: 'tanh' }] };
  const net = new M.Mlp(cfg, M.createRng(2));
  const pass = M.forward(net, X);
  const grads = M.backward(net, pass, T, 'mse');
  out['mlp.output'] = await read(pass.output);
  for (let l = 0; l < grads.layers.length; l++) {
    out[`mlp.dW${l + 1}`] = await read(grads.layers[l].dW);
    out[`mlp.db${l + 1}`] = await read(grads.layers[l].db);
  }
  M.disposeBackward(grads);
  M.disposeForward(pass);
  M.trainEpoch(net, X, T, 10, { learningRate: 0.03, loss: 'mse' });
  out['mlp.lossAfterEpoch'] = [await M.evaluateLoss(net, X, T, 'mse')];
  const grid = M.createBoundaryGrid(10, M.ALL_FEATURES);
  out['mlp.boundary'] = Array.from(await M.decisionBoundary(net, grid));
  grid.dispose();
  net.dispose();

  // the trainer's SGD (lib/demos/trainer/sgd.ts): with tanh hidden layers the biases ride folded in
  // the weights, which needs tanh(20) and sigmoid(20) to be exactly 1 on the backend
  const tanhNet = new M.Mlp({ inputSize: 7, layers: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }, { units: 1, activation: 'tanh' }] }, M.createRng(5));
  const sgd = new FastSgd(tanhNet, X, T, 10, 0.1);
  for (let e = 0; e < 5; e++) sgd.epoch();
  sgd.flush();
  out['trainer.params'] = (await Promise.all([...tanhNet.weights, ...tanhNet.biases].map(read))).flat();
  sgd.dispose();
  tanhNet.dispose();
  const at20 = tf.tidy(() => tf.concat([tf.tanh(tf.tensor1d([20])), tf.sigmoid(tf.tensor1d([20]))]));
  out['trainer.unitAt20'] = await read(at20);
  at20.dispose();
  tf.dispose([X, T]);

  // attention, causal, and the entropy of its rows
  const rng = M.createRng(3);
  const mk = (n: number, m: number) => tf.tensor2d(M.normalArray(rng, n * m), [n, m]);
  const [Q, K, V] = [mk(6, 16), mk(6, 16), mk(6, 4)];
  const att = M.scaledDotProductAttention(Q, K, V, { causal: true });
  out['attention.weights'] = await read(att.weights);
  out['attention.output'] = await read(att.output);
  const ent = M.rowEntropy(att.weights);
  out['attention.entropy'] = await read(ent);
  M.disposeAttention(att);
  tf.dispose([Q, K, V, ent]);

  // gradient descent paths
  for (const kind of ['sgd', 'momentum', 'adam'] as const) {
    const run = new M.Descent2D(M.rosenbrock(), { kind, learningRate: kind === 'adam' ? 0.05 : 5e-4 });
    const path = await run.run(20);
    run.dispose();
    out[`gd.${kind}`] = path.flatMap((s) => [...s.theta, s.loss]);
  }
  const lr = new M.LinearRegressionGD(M.makeLineData(M.createRng(4), 50, 2, -1, 0.2), { kind: 'sgd', learningRate: 0.1 });
  out['regression.params'] = (await lr.run(50)).params;
  lr.dispose();

  const leaked = tf.memory().numTensors - before;
  if (leaked !== 0) throw new Error(`runCases leaked ${leaked} tensors on ${tf.getBackend()}`);
  return out;
}

/** Largest |a − b| / (1 + |b|) per case. */
export function compareCases(a: CaseResults, b: CaseResults): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const key of Object.keys(b)) {
    const x = a[key] ?? [];
    diff[key] = x.length !== b[key].length ? Infinity : Math.max(0, ...b[key].map((v, i) => Math.abs(x[i] - v) / (1 + Math.abs(v))));
  }
  return diff;
}
