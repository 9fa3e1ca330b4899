/**
 * The shipped mini models, loaded from public/models/ on disk and checked exactly as the page checks
 * them, on tfjs's cpu backend: the independent side of the browser tests (what the page shows must
 * equal what this computes) and of the unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { checkManifest, checkWeights, instantiate, type LoadedModel } from '../../lib/models/weights';

export const MODELS_DIR = join(process.cwd(), 'public', 'models');

export async function loadShippedModel(kind: 'gpt' | 'bert'): Promise<LoadedModel> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  const manifest = checkManifest(JSON.parse(readFileSync(join(MODELS_DIR, `${kind}.json`), 'utf8')), kind);
  const bytes = readFileSync(join(MODELS_DIR, manifest.weights.file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return instantiate({ manifest, values: await checkWeights(manifest, buffer) });
}
