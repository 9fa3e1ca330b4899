/**
 * A shipped mini model read from public/models/ on disk (Node only), checked exactly as the page
 * checks it (checkManifest, then checkWeights: length, SHA-256, finite values), and made into
 * tensors on whatever backend tfjs has set. Used by the scripts and by tests/models/shipped.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, checkWeights, instantiate, type LoadedModel } from '../../lib/models/weights';

export const MODELS_DIR = join(process.cwd(), 'public', 'models');

export async function readShippedModel(kind: 'gpt' | 'bert', dir = MODELS_DIR): Promise<LoadedModel> {
  const manifest = checkManifest(JSON.parse(readFileSync(join(dir, `${kind}.json`), 'utf8')), kind);
  const bytes = readFileSync(join(dir, manifest.weights.file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return instantiate({ manifest, values: await checkWeights(manifest, buffer) });
}
