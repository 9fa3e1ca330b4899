/** Messages between the trainer's view and its Web Worker. */
import type { InitMessage } from '../worker-host';
import type { TrainerSetup } from './params';
import type { NeuronRef, TrainerFrame, TrainerPoints } from './engine';

export type ToWorker =
  /** Choose tfjs's backend in the worker (the one the page chose, else the next that passes its check). */
  | InitMessage
  /** A new set-up: new data and network (epoch 0) when networkKey changed, else only lr and batch. */
  | { type: 'setup'; setup: TrainerSetup; reset: boolean }
  | { type: 'play'; playing: boolean }
  /** One epoch, then a frame. */
  | { type: 'step' }
  /** The view is ready to draw another frame. */
  | { type: 'frame' }
  | { type: 'weights' }
  /** Show this neuron's output in the big plot (null: the network's output). */
  | { type: 'focus'; neuron: NeuronRef | null };

/** Besides these, the worker host sends 'ready' and 'error' (lib/demos/worker-host.ts). */
export type FromWorker =
  /** New data; `keep`: the same network goes on (the reader's points changed), keep the loss history. */
  | { type: 'points'; points: TrainerPoints; generation: number; keep?: boolean }
  | ({ type: 'frame'; generation: number } & TrainerFrame)
  | { type: 'weights'; layers: { w: number[][]; b: number[] }[] };
