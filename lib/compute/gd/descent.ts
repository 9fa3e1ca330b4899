/**
 * Gradient descent on a 2-D objective, one step at a time. Each step returns θ, ∇L(θ) and L(θ)
 * as plain numbers for the view, and stops (reporting why) once the run diverges.
 */
import * as tf from '@tensorflow/tfjs-core';
import { checkDivergence, type Divergence, type DivergenceOptions } from './divergence';
import { objectiveGradient, objectiveValue, type Objective2D } from './objectives';
import { createOptimizer, type Optimizer, type OptimizerConfig } from './optimizers';

export interface DescentStep {
  /** 0 for the starting point, then 1, 2, … */
  iteration: number;
  theta: [number, number];
  gradient: [number, number];
  loss: number;
  /** Set once the run has diverged; later steps repeat the last state. */
  divergence: Divergence | null;
}

export interface DescentOptions extends DivergenceOptions {
  start?: [number, number];
}

export class Descent2D {
  private readonly optimizer: Optimizer;
  private theta: tf.Tensor1D;
  private last: DescentStep | null = null;
  private firstLoss = NaN;

  constructor(
    readonly objective: Objective2D,
    optimizer: OptimizerConfig,
    private readonly options: DescentOptions = {},
  ) {
    this.optimizer = createOptimizer(optimizer);
    this.theta = tf.tensor1d(options.start ?? objective.start);
  }

  /** The current point (iteration 0 before any step). */
  async current(): Promise<DescentStep> {
    if (this.last) return this.last;
    this.last = await this.evaluate(0);
    this.firstLoss = this.last.loss;
    return this.last;
  }

  /** One update θ ← optimizer(θ, ∇L(θ)); returns the new θ with its gradient and loss. */
  async step(): Promise<DescentStep> {
    const before = await this.current();
    if (before.divergence) return before;
    const next = tf.tidy(() => {
      const g = objectiveGradient(this.objective, this.theta);
      return this.optimizer.update(this.theta, g) as tf.Tensor1D;
    });
    this.theta.dispose();
    this.theta = next;
    this.last = await this.evaluate(before.iteration + 1);
    return this.last;
  }

  /** Runs up to n steps and returns the whole path (start included); stops early on divergence. */
  async run(n: number): Promise<DescentStep[]> {
    const path = [await this.current()];
    for (let i = 0; i < n && !path[path.length - 1].divergence; i++) path.push(await this.step());
    return path;
  }

  dispose(): void {
    this.theta.dispose();
    this.optimizer.dispose();
  }

  private async evaluate(iteration: number): Promise<DescentStep> {
    const packed = tf.tidy(() =>
      tf.concat([this.theta, objectiveGradient(this.objective, this.theta), tf.reshape(objectiveValue(this.objective, this.theta), [1])]),
    );
    const d = await packed.data();
    packed.dispose();
    const theta: [number, number] = [d[0], d[1]];
    const gradient: [number, number] = [d[2], d[3]];
    const loss = d[4];
    const first = iteration === 0 ? loss : this.firstLoss;
    const divergence = checkDivergence(iteration, loss, first, [...theta, ...gradient], this.options);
    return { iteration, theta, gradient, loss, divergence };
  }
}
