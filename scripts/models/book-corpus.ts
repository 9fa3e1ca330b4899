/** The corpus of the mini models, read from content/ in chapter order (Node only). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { buildCorpus, corpusHash, proseOf } from '../../lib/models/corpus';
import { splitLines } from '../../lib/models/data';

export interface Chapter {
  slug: string;
  title: string;
  chapter: number;
  prose: string;
}

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

export function readCorpus(root = process.cwd()): { text: string; hash: string; chapters: Chapter[] } {
  const chapters = readChapters(root);
  const dir = join(root, 'content');
  const text = buildCorpus(chapters.map((c) => readFileSync(join(dir, `${c.slug}.mdx`), 'utf8')));
  return { text, hash: corpusHash(text), chapters };
}

/** Held out per chapter (every tenth paragraph of each), so every model agrees on what is unseen. */
export function splitCorpus(chapters: readonly Chapter[]): { train: string; heldOut: string } {
  const splits = chapters.map((c) => splitLines(c.prose));
  return { train: splits.map((s) => s.train).join(''), heldOut: splits.map((s) => s.heldOut).join('') };
}

/** public/models/corpus.json: the text the in-page "train from scratch" demo trains and evaluates on. */
export function writeCorpusFile(root = process.cwd()): string {
  const { hash, chapters } = readCorpus(root);
  const file = join(root, 'public', 'models', 'corpus.json');
  writeFileSync(file, JSON.stringify({ hash, ...splitCorpus(chapters) }) + '\n');
  return file;
}

if (process.argv[1]?.endsWith('book-corpus.ts')) console.log('wrote', writeCorpusFile());
