/**
 * Messages between the "train from scratch" view and its Web Worker. Every message about a model
 * carries its generation (a counter the worker raises for each new model), so the view can drop
 * what a model sent after it was reset.
 */
import type { BackendName } from '@/lib/compute';
import type { InitMessage } from '../worker-host';
import type { TrainSetup } from './params';

export type ToWorker =
  /** Choose tfjs's backend in the worker (the page's choice first), then fetch the corpus. */
  | (InitMessage & { corpusUrl: string })
  /** A new model at step 0 when `reset` or modelKey changed, else only batch, learning rate and total steps. */
  | { type: 'setup'; setup: TrainSetup; reset: boolean }
  | { type: 'play'; playing: boolean }
  /** One step (when paused). */
  | { type: 'step' };

/** Besides these, the worker host may send 'error' (lib/demos/worker-host.ts). */
export type FromWorker =
  | { type: 'ready'; backend: BackendName; label: string; vocabSize: number; trainChars: number; heldOutChars: number }
  /** A fresh model at step 0; numTensors counts every tensor alive in the worker right after it was made. */
  | { type: 'reset'; generation: number; parameters: number; numTensors: number }
  /** trainLoss: the mean batch loss of the steps since the last progress message. */
  | { type: 'progress'; generation: number; step: number; learningRate: number; trainLoss: number; stepsPerSecond: number; numTensors: number }
  | { type: 'heldOut'; generation: number; step: number; loss: number }
  | { type: 'sample'; generation: number; step: number; prompt: string; text: string }
  /** The schedule's last step was reached; the worker paused. */
  | { type: 'done'; generation: number; step: number };

/**
 * Steps per second over the last `windowMs` (a sliding window of step times), so the figure
 * includes the pauses for evaluation and sampling and settles within a second or two.
 */
export class StepRate {
  private marks: { t: number; step: number }[] = [];
  constructor(private readonly windowMs = 2000) {}

  mark(t: number, step: number): void {
    this.marks.push({ t, step });
    while (this.marks.length > 2 && t - this.marks[1].t >= this.windowMs) this.marks.shift();
  }

  /** Steps per second, 0 until two marks exist. */
  get perSecond(): number {
    const a = this.marks[0];
    const b = this.marks[this.marks.length - 1];
    return !a || b.t <= a.t ? 0 : ((b.step - a.step) * 1000) / (b.t - a.t);
  }

  clear(): void {
    this.marks = [];
  }
}
