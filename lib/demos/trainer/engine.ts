/**
 * The trainer's computation, without React or the DOM (it runs in a Web Worker, and in vitest):
 * Playground's data and network from lib/compute, one epoch at a time, and on request a frame with
 * the decision boundary (100×100, or 50×50 while training: a quarter of the work) and the train and
 * test losses.
 */
import * as M from '@/lib/compute/maths';
import type { BoundaryGrid, Mlp } from '@/lib/compute/maths';
import type { Tensor2D } from '@tensorflow/tfjs-core';
import type { TrainerSetup } from './params';
import { FastSgd } from './sgd';

export const BOUNDARY_N = 100;
/** The boundary's side while training: a quarter of the cells, so more of the worker's time trains. */
export const COARSE_BOUNDARY_N = 50;

export interface TrainerFrame {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** The boundary's side n (BOUNDARY_N or COARSE_BOUNDARY_N). */
  n: number;
  /** n² network outputs, row 0 = smallest y. */
  boundary: Float32Array;
}

/** The data as plain numbers for drawing: x, y, label (±1) per point; the first `trainCount` are the training set. */
export interface TrainerPoints {
  xyl: Float32Array;
  trainCount: number;
}

export class TrainerEngine {
  epoch = 0;
  readonly points: TrainerPoints;
  private readonly net: Mlp;
  private readonly grid: BoundaryGrid;
  private readonly coarseGrid: BoundaryGrid;
  private readonly xTrain: Tensor2D;
  private readonly tTrain: Tensor2D;
  private readonly xTest: Tensor2D;
  private readonly tTest: Tensor2D;
  private readonly sgd: FastSgd;

  constructor(setup: TrainerSetup) {
    const rng = M.createRng(setup.seed);
    const data = M.makeDataset(setup.dataset, rng, { noise: setup.noise });
    const { train, test } = M.splitDataset(data, rng, setup.trainRatio);
    const all = [...train, ...test];
    const xyl = new Float32Array(all.length * 3);
    all.forEach((p, i) => xyl.set([p.x, p.y, p.label], i * 3));
    this.points = { xyl, trainCount: train.length };
    this.xTrain = M.featureMatrix(train, setup.features);
    this.tTrain = M.targetsFor(train, 'mse');
    this.xTest = M.featureMatrix(test, setup.features);
    this.tTest = M.targetsFor(test, 'mse');
    this.grid = M.createBoundaryGrid(BOUNDARY_N, setup.features);
    this.coarseGrid = M.createBoundaryGrid(COARSE_BOUNDARY_N, setup.features);
    // Playground's network: the hidden layers, then one tanh output unit for the ±1 labels.
    const layers = [...setup.hidden.map((units) => ({ units, activation: setup.activation })), { units: 1, activation: 'tanh' as const }];
    this.net = new M.Mlp({ inputSize: setup.features.length, layers }, rng);
    this.sgd = new FastSgd(this.net, this.xTrain, this.tTrain, setup.batchSize, setup.learningRate);
  }

  /** Learning rate and batch size change without starting again, as in Playground. */
  setHyper(learningRate: number, batchSize: number): void {
    this.sgd.setHyper(batchSize, learningRate);
  }

  /** One pass over the training set in batches (plain SGD on the hand-written gradients; ./sgd.ts). */
  trainEpoch(): void {
    this.sgd.epoch();
    this.epoch++;
  }

  /** The losses and the boundary, at full resolution unless `coarse` (while training). */
  async frame(coarse = false): Promise<TrainerFrame> {
    const grid = coarse ? this.coarseGrid : this.grid;
    const [boundary, trainLoss, testLoss] = await Promise.all([
      M.decisionBoundary(this.net, grid),
      M.evaluateLoss(this.net, this.xTrain, this.tTrain, 'mse'),
      M.evaluateLoss(this.net, this.xTest, this.tTest, 'mse'),
    ]);
    return { epoch: this.epoch, trainLoss, testLoss, n: grid.n, boundary };
  }

  /** Waits until the queued work is done (on a GPU, epochs are only queued): reads one bias. */
  async sync(): Promise<void> {
    await this.net.biases[this.net.depth - 1].data();
  }

  /** Weights and biases as numbers, layer by layer (for the numbers table). */
  async weights(): Promise<{ w: number[][]; b: number[] }[]> {
    return Promise.all(
      this.net.weights.map(async (w, l) => {
        const [wv, bv] = await Promise.all([w.array(), this.net.biases[l].data()]);
        return { w: wv, b: Array.from(bv) };
      }),
    );
  }

  dispose(): void {
    this.sgd.dispose();
    this.net.dispose();
    this.grid.dispose();
    this.coarseGrid.dispose();
    for (const t of [this.xTrain, this.tTrain, this.xTest, this.tTest]) t.dispose();
  }
}
