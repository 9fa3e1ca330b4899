/**
 * The corpus of the mini models (Node only).
 *
 * The models are trained on a *snapshot* of the book's prose, `scripts/models/corpus-snapshot.json`,
 * not on content/ as it is today: a typo fixed in a chapter must not make the shipped weights wrong
 * or force an hour of retraining. The snapshot records each chapter's prose and the corpus hash that
 * the manifests of public/models/ name; `npm run corpus:snapshot` refreshes it (and the in-page
 * trainer's public/models/corpus.json) from content/, after which the models are retrained
 * (docs/models.md).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { corpusHash, proseOf } from '../../lib/models/corpus';
import { splitLines } from '../../lib/models/data';

export interface Chapter {
  slug: string;
  title: string;
  chapter: number;
  prose: string;
}

export interface Corpus {
  /** The chapters' prose in book order, one paragraph per line, chapters separated by a newline. */
  text: string;
  hash: string;
  chapters: Chapter[];
}

export const SNAPSHOT_FILE = join('scripts', 'models', 'corpus-snapshot.json');

/** The chapters of content/ as they are now, in book order, reduced to prose. */
export function readChapters(root = process.cwd()): Chapter[] {
  const dir = join(root, 'content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const { data } = matter(source);
      return { slug: f.replace(/\.mdx$/, ''), title: String(data.title), chapter: Number(data.chapter), source };
    })
    .sort((a, b) => a.chapter - b.chapter)
    .map(({ source, ...c }) => ({ ...c, prose: proseOf(source) }));
}

/** The same text as lib/models/corpus.ts buildCorpus() gives for the chapters' sources. */
function corpusOf(chapters: Chapter[]): Corpus {
  const text = chapters.map((c) => c.prose).join('\n') + '\n';
  return { text, hash: corpusHash(text), chapters };
}

/**
 * The corpus the models are trained on: the snapshot (default), or content/ as it is now. The
 * snapshot's recorded hash is checked against its text, so a hand-edited snapshot is caught.
 */
export function readCorpus(root = process.cwd(), from: 'snapshot' | 'content' = 'snapshot'): Corpus {
  if (from === 'content') return corpusOf(readChapters(root));
  const file = join(root, SNAPSHOT_FILE);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { hash: string; chapters: Chapter[] };
  const corpus = corpusOf(saved.chapters);
  if (corpus.hash !== saved.hash) throw new Error(`${SNAPSHOT_FILE}: recorded hash ${saved.hash} but the text hashes to ${corpus.hash}; run npm run corpus:snapshot`);
  return corpus;
}

/** Held out per chapter (every tenth paragraph of each), so every model agrees on what is unseen. */
export function splitCorpus(chapters: readonly Chapter[]): { train: string; heldOut: string } {
  const splits = chapters.map((c) => splitLines(c.prose));
  return { train: splits.map((s) => s.train).join(''), heldOut: splits.map((s) => s.heldOut).join('') };
}

/** public/models/corpus.json: the text the in-page "train from scratch" demo trains and evaluates on. */
export function writeCorpusFile(corpus: Corpus, root = process.cwd()): string {
  const file = join(root, 'public', 'models', 'corpus.json');
  writeFileSync(file, JSON.stringify({ hash: corpus.hash, ...splitCorpus(corpus.chapters) }) + '\n');
  return file;
}

/** Takes a new snapshot of content/ (and rewrites corpus.json to match). */
export function writeSnapshot(root = process.cwd()): Corpus {
  const corpus = readCorpus(root, 'content');
  writeFileSync(join(root, SNAPSHOT_FILE), JSON.stringify({ hash: corpus.hash, chapters: corpus.chapters }, null, 1) + '\n');
  writeCorpusFile(corpus, root);
  return corpus;
}

if (process.argv[1]?.endsWith('book-corpus.ts')) {
  const { hash, text } = writeSnapshot();
  console.log(`wrote ${SNAPSHOT_FILE} and public/models/corpus.json: ${text.length} characters, hash ${hash}; now retrain: npm run train:gpt && npm run train:bert`);
}
