/**
 * The shipped mini models, loaded from public/models/ on disk and checked exactly as the page checks
 * them (scripts/models/shipped-model.ts), on tfjs's cpu backend: the independent side of the browser
 * tests (what the page shows must equal what this computes) and of the unit tests.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { LoadedModel } from '../../lib/models/weights';
import { MODELS_DIR, readShippedModel } from '../../scripts/models/shipped-model';

export { MODELS_DIR };

export async function loadShippedModel(kind: 'gpt' | 'bert'): Promise<LoadedModel> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  return readShippedModel(kind);
}
