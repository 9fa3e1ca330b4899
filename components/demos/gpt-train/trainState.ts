/**
 * What the "train from scratch" view knows, folded from the worker's messages: the current
 * model's step, learning rate, speed, both loss curves and its samples (newest first). A message of
 * an older generation (a model since reset) is ignored.
 */
import type { BackendName } from '@/lib/compute';
import type { CurvePoint } from '@/lib/demos/gpt-train/params';
import { appendBounded } from '@/lib/demos/series';

/** Points kept per loss curve (see appendBounded). */
const CURVE_POINTS = 300;
const addPoint = (curve: readonly CurvePoint[], point: CurvePoint) => appendBounded(curve, point, (p) => p.step, CURVE_POINTS);
import type { FromWorker } from '@/lib/demos/gpt-train/protocol';

export interface Sample {
  step: number;
  prompt: string;
  text: string;
}

export interface TrainState {
  ready: { backend: BackendName; label: string; vocabSize: number; trainChars: number; heldOutChars: number } | null;
  generation: number;
  parameters: number;
  /** Tensors alive in the worker right after the current model was made (the leak check's baseline). */
  baselineTensors: number | null;
  /** Tensors alive at the latest progress message. */
  tensors: number | null;
  step: number;
  learningRate: number | null;
  stepsPerSecond: number | null;
  train: CurvePoint[];
  heldOut: CurvePoint[];
  samples: Sample[];
}

export const initialTrainState: TrainState = {
  ready: null,
  generation: 0,
  parameters: 0,
  baselineTensors: null,
  tensors: null,
  step: 0,
  learningRate: null,
  stepsPerSecond: null,
  train: [],
  heldOut: [],
  samples: [],
};

/** Samples kept in the list. */
const MAX_SAMPLES = 50;

export function trainReducer(s: TrainState, m: Exclude<FromWorker, { type: 'error' }>): TrainState {
  if (m.type === 'ready') return { ...s, ready: { backend: m.backend, label: m.label, vocabSize: m.vocabSize, trainChars: m.trainChars, heldOutChars: m.heldOutChars } };
  if (m.type === 'reset')
    return { ...initialTrainState, ready: s.ready, generation: m.generation, parameters: m.parameters, baselineTensors: m.numTensors, tensors: m.numTensors, stepsPerSecond: s.stepsPerSecond };
  if (m.generation !== s.generation) return s;
  switch (m.type) {
    case 'progress':
      return {
        ...s,
        step: m.step,
        learningRate: m.learningRate,
        tensors: m.numTensors,
        stepsPerSecond: m.stepsPerSecond > 0 ? m.stepsPerSecond : s.stepsPerSecond,
        train: Number.isFinite(m.trainLoss) ? addPoint(s.train, { step: m.step, loss: m.trainLoss }) : s.train,
      };
    case 'heldOut':
      return { ...s, heldOut: addPoint(s.heldOut, { step: m.step, loss: m.loss }) };
    case 'sample':
      return { ...s, samples: [{ step: m.step, prompt: m.prompt, text: m.text }, ...s.samples.filter((x) => x.step !== m.step)].slice(0, MAX_SAMPLES) };
    case 'done': // the hook stops playing; the step count already says where the run is
      return s;
  }
}
