/**
 * `npm run build:retrieval`: the retrieval demo's index (chapter 7). The book's prose paragraphs
 * (lib/demos/retrieval/corpus.ts, from the search documents) and one mini-BERT sentence vector
 * each (lib/demos/retrieval/embed.ts), on tfjs's cpu backend in Node, written to
 * public/models/retrieval.json + retrieval.bin. `-- --check` recomputes and compares with the
 * shipped files instead of writing them (exit 1 on a difference).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { bookDocs } from '../lib/search/build';
import { paragraphsOf } from '../lib/demos/retrieval/corpus';
import { sentenceVector } from '../lib/demos/retrieval/embed';
import { INDEX_FILE, makeIndex, VECTORS_FILE } from '../lib/demos/retrieval/index-file';
import { readShippedModel } from './models/shipped-model';
import { miniModel } from '../lib/models/mini-model';
import { disposeParams } from '../lib/models/transformer';

const DIR = join(process.cwd(), 'public', 'models');
const check = process.argv.includes('--check');

await tf.setBackend('cpu');
await tf.ready();
const model = miniModel(await readShippedModel('bert', DIR));
const { manifest } = model;

const t0 = performance.now();
const paragraphs = paragraphsOf(bookDocs());
const d = manifest.config.dModel;
const vectors = new Float32Array(paragraphs.length * d);
for (const [i, p] of paragraphs.entries()) vectors.set((await sentenceVector(model, p.text)).vector, i * d);
disposeParams(model.params);
const seconds = (performance.now() - t0) / 1000;

const bin = Buffer.from(vectors.buffer);
const index = makeIndex(paragraphs, d, { file: manifest.weights.file, sha256: manifest.weights.sha256 }, {
  file: VECTORS_FILE,
  bytes: bin.byteLength,
  sha256: createHash('sha256').update(bin).digest('hex'),
});
const json = JSON.stringify(index) + '\n';

if (check) {
  const sameJson = readFileSync(join(DIR, INDEX_FILE), 'utf8') === json;
  const shipped = readFileSync(join(DIR, VECTORS_FILE));
  const old = new Float32Array(shipped.buffer.slice(shipped.byteOffset, shipped.byteOffset + shipped.byteLength));
  let diff = old.length === vectors.length ? 0 : Infinity;
  if (diff === 0) for (let i = 0; i < old.length; i++) diff = Math.max(diff, Math.abs(old[i] - vectors[i]));
  console.log(`${paragraphs.length} paragraphs; manifest ${sameJson ? 'identical' : 'DIFFERS'}; max |Δ| of the vectors ${diff}`);
  process.exit(sameJson && diff <= 1e-4 ? 0 : 1);
}
writeFileSync(join(DIR, VECTORS_FILE), bin);
writeFileSync(join(DIR, INDEX_FILE), json);
console.log(`${paragraphs.length} paragraphs × ${d} dims in ${seconds.toFixed(1)} s: ${INDEX_FILE} ${json.length} chars, ${VECTORS_FILE} ${bin.byteLength} bytes`);
