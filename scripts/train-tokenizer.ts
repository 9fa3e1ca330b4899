/**
 * Trains the byte-level BPE tokenizer on the mini models' corpus (the snapshot of the book's prose,
 * scripts/models/corpus-snapshot.json) and writes public/models/tokenizer.json (the merges for the
 * largest vocabulary; the smaller ones are its prefixes) and public/models/tokenizer-manifest.json
 * (per size: tokens of the corpus, characters and bytes per token; the file's size; the time).
 * Deterministic: no seed is needed, ties between equally frequent pairs go to the smaller ids.
 *   npm run train:tokenizer
 *   npm run train:tokenizer -- --check   # retrain and compare with the shipped file, write nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compression } from '../lib/tokenizer/file';
import { readCorpus } from './models/book-corpus';
import { buildTokenizerFile } from './models/tokenizer-build';

const FILE = join('public', 'models', 'tokenizer.json');
const MANIFEST = join('public', 'models', 'tokenizer-manifest.json');

function main(): void {
  const check = process.argv.includes('--check');
  const corpus = readCorpus();
  const t0 = performance.now();
  const file = buildTokenizerFile(corpus);
  const seconds = (performance.now() - t0) / 1000;
  const json = JSON.stringify(file) + '\n';
  if (check) {
    const same = readFileSync(FILE, 'utf8') === json;
    console.log(same ? `${FILE}: retrained in ${seconds.toFixed(1)} s, identical` : `${FILE}: retraining gives different merges`);
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(FILE, json);
  const manifest = {
    file: { name: 'tokenizer.json', bytes: Buffer.byteLength(json) },
    corpus: file.corpus,
    pattern: file.pattern,
    frequentMerges: file.frequentMerges,
    trainSeconds: Number(seconds.toFixed(1)),
    sizes: file.sizes.map((s) => {
      const c = compression(file, s);
      const r = (x: number) => Number(x.toFixed(3));
      return { ...s, charsPerToken: r(c.charsPerToken), heldOutCharsPerToken: r(c.heldOutCharsPerToken), bytesPerToken: r(c.bytesPerToken) };
    }),
  };
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
  console.log(JSON.stringify(manifest, null, 2));
}

main();
