/**
 * public/models/tokenizer.json: the merges learned on the book (`npm run train:tokenizer`), as one
 * flat list of ids [a₀, b₀, a₁, b₁, …] (merge i makes id 256 + i), and what each vocabulary size
 * measured on the corpus. The smaller vocabularies are prefixes of the largest (training is greedy
 * and deterministic), so one file serves all three sizes.
 */
import { z } from '@/lib/zod';
import type { Merge } from './train';

export const TOKENIZER_FORMAT = 'byte-bpe';
export const TOKENIZER_VERSION = 1;
export const VOCAB_SIZES = [512, 2048, 8192] as const;

const count = z.number().int().nonnegative();

export const sizeStatsSchema = z.object({
  vocabSize: z.number().int().min(256),
  /** Tokens of the whole corpus encoded with this vocabulary. */
  tokens: count,
  /** Tokens of the held-out part alone (text the merges were not learned from). */
  heldOutTokens: count,
});
export type SizeStats = z.infer<typeof sizeStatsSchema>;

export const tokenizerFileSchema = z.object({
  format: z.literal(TOKENIZER_FORMAT),
  version: z.literal(TOKENIZER_VERSION),
  pattern: z.string(),
  /** The whole corpus; the merges are learned on its training part only (lib/models/data splitLines). */
  corpus: z.object({ hash: z.string(), chars: count, bytes: count, heldOutChars: count }),
  /** How many of the merges joined a pair seen at least twice; the rest joined pairs seen once. */
  frequentMerges: count,
  sizes: z.array(sizeStatsSchema).min(1),
  merges: z.array(count).refine((m) => m.length % 2 === 0, { error: 'odd' }),
});
export type TokenizerFile = z.infer<typeof tokenizerFileSchema>;

/** The merges as pairs. */
export function mergesOf(file: Pick<TokenizerFile, 'merges'>): Merge[] {
  const out: Merge[] = [];
  for (let i = 0; i < file.merges.length; i += 2) out.push([file.merges[i], file.merges[i + 1]]);
  return out;
}

/** Pairs flattened for the file. */
export function flatMerges(merges: readonly Merge[]): number[] {
  return merges.flatMap(([a, b]) => [a, b]);
}

/** The parsed file, or an Error whose message the reader can read. */
export function parseTokenizerFile(raw: unknown): TokenizerFile | Error {
  const r = tokenizerFileSchema.safeParse(raw);
  if (!r.success) {
    const field = String(r.error.issues[0]?.path[0] ?? '');
    return new Error(field ? `分词器文件的 ${field} 字段不合法。` : '分词器文件不是一个合法的 JSON 对象。');
  }
  const largest = Math.max(...r.data.sizes.map((s) => s.vocabSize));
  if (256 + r.data.merges.length / 2 < largest) return new Error(`分词器文件只有 ${r.data.merges.length / 2} 次合并，不够词表大小 ${largest}。`);
  return r.data;
}

/** Characters per token of a size, on the whole corpus and on its held-out part; bytes per token on the whole. */
export function compression(file: Pick<TokenizerFile, 'corpus'>, s: SizeStats): { charsPerToken: number; heldOutCharsPerToken: number; bytesPerToken: number } {
  return { charsPerToken: file.corpus.chars / s.tokens, heldOutCharsPerToken: file.corpus.heldOutChars / s.heldOutTokens, bytesPerToken: file.corpus.bytes / s.tokens };
}
