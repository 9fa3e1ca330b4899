/**
 * The shipped tokenizer (public/models/tokenizer.json) on the book: round trips on every chapter's
 * MDX source and on seeded random Unicode, the manifest's counts re-measured, and retraining
 * reproduces the shipped file byte for byte.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '@/lib/compute/random';
import { Bpe } from '@/lib/tokenizer/bpe';
import { VOCAB_SIZES, compression, mergesOf, parseTokenizerFile, type TokenizerFile } from '@/lib/tokenizer/file';
import { readCorpus, splitCorpus } from '@/scripts/models/book-corpus';
import { buildTokenizerFile } from '@/scripts/models/tokenizer-build';

const raw = readFileSync('public/models/tokenizer.json', 'utf8');
const file = parseTokenizerFile(JSON.parse(raw)) as TokenizerFile;
const manifest = JSON.parse(readFileSync('public/models/tokenizer-manifest.json', 'utf8'));
const merges = mergesOf(file);
const bpes = VOCAB_SIZES.map((size) => new Bpe(merges, size));
const chapters = readdirSync('content')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join('content', f), 'utf8'));

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];
const cp = (n: number) => String.fromCodePoint(n);
/** One random piece of text of a chosen kind. */
function piece(rng: Rng): string {
  const kinds: (() => string)[] = [
    () => pick(rng, ['👩‍👩‍👧‍👦', '🏳️‍🌈', '👨🏽‍💻', '🇨🇳', '❤️', '1️⃣', '🙂']), // emoji: ZWJ sequences, flags, variation selectors, keycaps
    () => cp(0x20000 + rng.int(0xa6df)), // CJK extension B (4 bytes in UTF-8)
    () => cp(0x4e00 + rng.int(0x5200)), // common CJK
    () => pick(rng, ['e', 'a', 'o', '字']) + cp(0x300 + rng.int(0x70)) + cp(0x300 + rng.int(0x70)), // combining marks
    () => cp(rng.int(32)) + (rng.next() < 0.2 ? '\u007f' : ''), // lone ASCII control characters
    () => pick(rng, [' ', '  ', '\n', '\t', ' the', '，', '。']),
    () => {
      const n = rng.int(0x10ffff);
      return n >= 0xd800 && n <= 0xdfff ? 'x' : cp(n); // any scalar value, surrogates excepted
    },
  ];
  return pick(rng, kinds)();
}

describe('the shipped tokenizer', () => {
  it('holds the merges for the largest size and says so', () => {
    expect(file).not.toBeInstanceOf(Error);
    expect(merges.length).toBe(Math.max(...VOCAB_SIZES) - 256);
    expect(manifest.file.bytes).toBe(Buffer.byteLength(raw));
  });

  it.each(VOCAB_SIZES.map((s, i) => [s, i] as const))('round-trips every chapter source at vocabulary %i', (size, i) => {
    const bpe = bpes[i];
    for (const source of chapters) {
      const ids = bpe.encode(source);
      expect(ids.every((id) => id >= 0 && id < size)).toBe(true);
      expect(bpe.decode(ids)).toBe(source);
    }
  });

  it('round-trips seeded random Unicode at every size', () => {
    const rng = createRng(1414);
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 1 + rng.int(20) }, () => piece(rng)).join('');
      for (const bpe of bpes) expect(bpe.decode(bpe.encode(text))).toBe(text);
    }
  });

  it('re-encodes the corpus with the token counts of the manifest', () => {
    const corpus = readCorpus();
    const { heldOut } = splitCorpus(corpus.chapters);
    expect(file.corpus.hash).toBe(corpus.hash);
    bpes.forEach((bpe, i) => {
      const stated = manifest.sizes[i];
      expect(stated.vocabSize).toBe(VOCAB_SIZES[i]);
      expect(bpe.encode(corpus.text).length).toBe(stated.tokens);
      expect(bpe.encode(heldOut).length).toBe(stated.heldOutTokens);
      const c = compression(file, stated);
      expect(c.charsPerToken).toBeCloseTo(Array.from(corpus.text).length / stated.tokens, 12);
      expect(stated.charsPerToken).toBeCloseTo(c.charsPerToken, 3);
    });
    // More merges, fewer tokens.
    expect(manifest.sizes[0].tokens).toBeGreaterThan(manifest.sizes[1].tokens);
    expect(manifest.sizes[1].tokens).toBeGreaterThan(manifest.sizes[2].tokens);
  });

  it('is what npm run train:tokenizer produces', () => {
    expect(JSON.stringify(buildTokenizerFile(readCorpus())) + '\n').toBe(raw);
  }, 180_000);
});
