/**
 * The trainer's computation, without React or the DOM (it runs in a Web Worker, and in vitest):
 * the data (lib/demos/trainer/data.ts) and Playground's network from lib/compute, one epoch at a
 * time, and on request a frame: the big plot (100×100, or 50×50 while training: a quarter of the
 * work), every neuron's output on a coarse 16×16 grid for the network diagram (computed from the
 * weights in plain JavaScript, ./maps.ts), the weights, and the train and test losses.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as M from '@/lib/compute/maths';
import type { BoundaryGrid, Mlp } from '@/lib/compute/maths';
import type { Tensor2D } from '@tensorflow/tfjs-core';
import { trainerData, type TrainerPoint } from './data';
import type { TrainerSetup } from './params';
import { FastSgd } from './sgd';
import { neuronMaps } from './maps';

import { BOUNDARY_N, COARSE_BOUNDARY_N, NEURON_N } from './problems';

export { BOUNDARY_N, COARSE_BOUNDARY_N, NEURON_N };

/** A hidden or output neuron shown in the big plot instead of the network's output. */
export interface NeuronRef {
  layer: number;
  unit: number;
}

export interface TrainerFrame {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** The boundary's side n (BOUNDARY_N or COARSE_BOUNDARY_N). */
  n: number;
  /** n² outputs (of the network, or of the focused neuron), row 0 = smallest y. */
  boundary: Float32Array;
  /** The neuron the boundary shows, or null for the network's output. */
  focus: NeuronRef | null;
  /** NEURON_N² rows × all units of all layers (layer after layer), row 0 = smallest y; empty in a frame without maps. */
  neurons: Float32Array;
  /** Every layer's W (row-major [fan-in, units]), one after another; empty in a frame without maps. */
  weights: Float32Array;
}

/** The data as plain numbers for drawing: x, y, label per point; the first `trainCount` are the training set. */
export interface TrainerPoints {
  xyl: Float32Array;
  trainCount: number;
}

const matrix = (pts: readonly TrainerPoint[], features: M.FeatureName[]) =>
  tf.tensor2d(
    M.featureValues(
      pts.map((p) => p.x),
      pts.map((p) => p.y),
      features,
    ),
    [pts.length, features.length],
  );
const targets = (pts: readonly TrainerPoint[]) => tf.tensor2d(pts.map((p) => p.label), [pts.length, 1]);

export class TrainerEngine {
  epoch = 0;
  points: TrainerPoints;
  private readonly net: Mlp;
  private readonly grid: BoundaryGrid;
  private readonly coarseGrid: BoundaryGrid;
  /** The small maps' grid inputs [NEURON_N², features], as plain numbers (./maps.ts works on them). */
  private readonly neuronInput: Float32Array;
  private xTrain!: Tensor2D;
  private tTrain!: Tensor2D;
  private xTest!: Tensor2D;
  private tTest!: Tensor2D;
  private sgd!: FastSgd;
  private focus: NeuronRef | null = null;

  constructor(private setup: TrainerSetup) {
    const rng = M.createRng(setup.seed);
    const { train, test } = trainerData(setup.dataset, rng, setup.noise, setup.trainRatio, setup.drawn);
    this.points = this.useData(train, test);
    this.grid = M.createBoundaryGrid(BOUNDARY_N, setup.features);
    this.coarseGrid = M.createBoundaryGrid(COARSE_BOUNDARY_N, setup.features);
    const c = Array.from({ length: NEURON_N }, (_, k) => -6 + ((k + 0.5) * 12) / NEURON_N);
    this.neuronInput = M.featureValues(
      c.flatMap(() => c),
      c.flatMap((y) => c.map(() => y)),
      setup.features,
    );
    // Playground's network: the hidden layers, then one output unit: tanh for the ±1 labels, linear for regression.
    const out = setup.problem === 'regression' ? ('linear' as const) : ('tanh' as const);
    const layers = [...setup.hidden.map((units) => ({ units, activation: setup.activation })), { units: 1, activation: out }];
    this.net = new M.Mlp({ inputSize: setup.features.length, layers }, rng);
    this.sgd = new FastSgd(this.net, this.xTrain, this.tTrain, setup.batchSize, setup.learningRate, setup.reg);
  }

  private useData(train: TrainerPoint[], test: TrainerPoint[]): TrainerPoints {
    const all = [...train, ...test];
    const xyl = new Float32Array(all.length * 3);
    all.forEach((p, i) => xyl.set([p.x, p.y, p.label], i * 3));
    this.xTrain = matrix(train, this.setup.features);
    this.tTrain = targets(train);
    this.xTest = matrix(test, this.setup.features);
    this.tTest = targets(test);
    return { xyl, trainCount: train.length };
  }

  /** Learning rate, batch size and regularisation change without starting again, as in Playground. */
  setHyper(s: TrainerSetup): void {
    this.setup = s;
    this.sgd.setHyper(s.batchSize, s.learningRate, s.reg);
  }

  /** The reader's own points changed: new data, the same network (it goes on learning). */
  setDrawn(s: TrainerSetup): void {
    this.sgd.dispose();
    tf.dispose([this.xTrain, this.tTrain, this.xTest, this.tTest]);
    this.setup = s;
    this.points = this.useData((s.drawn ?? []).map((p) => ({ ...p })), []);
    this.sgd = new FastSgd(this.net, this.xTrain, this.tTrain, s.batchSize, s.learningRate, s.reg);
  }

  /** Which neuron the big plot shows (null: the network's output); whether that changed. */
  setFocus(focus: NeuronRef | null): boolean {
    const ok = focus && focus.layer >= 0 && focus.layer < this.net.depth && focus.unit >= 0 && focus.unit < this.net.config.layers[focus.layer].units;
    const next = ok ? focus : null;
    const changed = next?.layer !== this.focus?.layer || next?.unit !== this.focus?.unit;
    this.focus = next;
    return changed;
  }

  /** One pass over the training set in batches (plain SGD on the hand-written gradients; ./sgd.ts). */
  trainEpoch(): void {
    this.sgd.epoch();
    this.epoch++;
  }

  private async loss(x: Tensor2D, t: Tensor2D): Promise<number> {
    return x.shape[0] === 0 ? NaN : M.evaluateLoss(this.net, x, t, 'mse');
  }

  /**
   * The losses, the big plot (full resolution unless `coarse`), and unless `maps` is false every
   * neuron's small map and the weights (the worker skips them in every other frame while training).
   */
  async frame(coarse = false, maps = true): Promise<TrainerFrame> {
    this.sgd.flush(); // the network's W and b as trained (./sgd.ts may hold them folded)
    const grid = coarse ? this.coarseGrid : this.grid;
    const focus = this.focus;
    const big = tf.tidy(() => {
      if (!focus) return M.predict(this.net, grid.input);
      const a = M.forwardLayers(this.net, grid.input)[focus.layer].a;
      return tf.slice(a, [0, focus.unit], [-1, 1]);
    });
    const [boundary, params, trainLoss, testLoss] = await Promise.all([
      big.data() as Promise<Float32Array>,
      maps ? this.readParams() : null,
      this.loss(this.xTrain, this.tTrain),
      this.loss(this.xTest, this.tTest),
    ]);
    big.dispose();
    const ws = params?.ws ?? [];
    const bs = params?.bs ?? [];
    const specs = this.net.config.layers;
    const neurons = maps ? neuronMaps(ws.map((w, l) => ({ w, b: bs[l], ...specs[l] })), this.neuronInput, NEURON_N * NEURON_N, this.setup.features.length) : new Float32Array(0);
    const weights = new Float32Array(ws.reduce((s, w) => s + w.length, 0));
    ws.reduce((at, w) => (weights.set(w, at), at + w.length), 0);
    return { epoch: this.epoch, trainLoss, testLoss, n: grid.n, boundary, focus, neurons, weights };
  }

  /** Waits until the queued work is done (on a GPU, epochs are only queued): reads one bias. */
  async sync(): Promise<void> {
    this.sgd.flush();
    const b = tf.clone(this.net.biases[this.net.depth - 1]);
    try {
      await b.data();
    } finally {
      b.dispose();
    }
  }

  /**
   * Every layer's W and b as numbers. The variables are cloned first (a clone shares their data and
   * holds it): on a GPU a read-back takes a while, and a training step queued meanwhile assigns the
   * variables new data and frees the old, which tfjs-webgpu then fails to read ("Cannot read
   * properties of undefined (reading 'backend')"): the WebGPU trainer test saw this.
   */
  private async readParams(): Promise<{ ws: Float32Array[]; bs: Float32Array[] }> {
    this.sgd.flush();
    const snapshot = [...this.net.weights, ...this.net.biases].map((v) => tf.clone(v));
    try {
      const values = await Promise.all(snapshot.map((t) => t.data() as Promise<Float32Array>));
      return { ws: values.slice(0, this.net.depth), bs: values.slice(this.net.depth) };
    } finally {
      tf.dispose(snapshot);
    }
  }

  /** Weights and biases as numbers, layer by layer (for the numbers table). */
  async weights(): Promise<{ w: number[][]; b: number[] }[]> {
    const { ws, bs } = await this.readParams();
    return ws.map((w, l) => {
      const units = this.net.config.layers[l].units;
      return { w: Array.from({ length: w.length / units }, (_, i) => Array.from(w.subarray(i * units, (i + 1) * units))), b: Array.from(bs[l]) };
    });
  }

  dispose(): void {
    this.sgd.dispose();
    this.net.dispose();
    this.grid.dispose();
    this.coarseGrid.dispose();
    for (const t of [this.xTrain, this.tTrain, this.xTest, this.tTest]) t.dispose();
  }
}
