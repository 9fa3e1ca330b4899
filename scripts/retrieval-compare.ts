/**
 * `npm run retrieval:compare -- "问题一" "问题二"`: both rankings of the retrieval demo for each
 * question, in Node on the shipped index and weights (tfjs cpu) — how chapter 7's examples were
 * measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { readShippedModel } from './models/shipped-model';
import { miniModel } from '../lib/models/mini-model';
import { sentenceVector } from '../lib/demos/retrieval/embed';
import { paragraphIndex, rankBm25, rankCosine } from '../lib/demos/retrieval/engine';
import { indexSchema } from '../lib/demos/retrieval/index-file';

const DIR = join(process.cwd(), 'public', 'models');
await tf.setBackend('cpu');
const model = miniModel(await readShippedModel('bert', DIR));
const index = indexSchema.parse(JSON.parse(readFileSync(join(DIR, 'retrieval.json'), 'utf8')));
const b = readFileSync(join(DIR, index.vectors.file));
const vectors = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
const bm25 = paragraphIndex(index.paragraphs);
const show = (tag: string, r: { index: number; score: number }) => {
  const p = index.paragraphs[r.index];
  console.log(`  ${tag} ${r.score.toFixed(3).padStart(7)}  ${p.href.padEnd(36)} ${p.text.slice(0, 48)}`);
};
for (const q of process.argv.slice(2)) {
  console.log(`\n${q}`);
  rankBm25(bm25, q).forEach((r) => show('BM25', r));
  rankCosine(vectors, index.dims, (await sentenceVector(model, q)).vector).forEach((r) => show('BERT', r));
}
