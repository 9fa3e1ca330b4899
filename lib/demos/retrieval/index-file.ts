/**
 * The shipped retrieval index: public/models/retrieval.json (the paragraphs, the model the vectors
 * come from, the vectors file's size and SHA-256) and retrieval.bin (float32, little-endian, one
 * row of `dims` numbers per paragraph, in order). Written by `npm run build:retrieval`
 * (scripts/build-retrieval.ts); read by the demo, which refuses a file that does not fit.
 */
import { z } from '@/lib/zod';
import type { Paragraph } from './corpus';

export const FORMAT = 'retrieval-index';
export const VERSION = 1;
export const INDEX_FILE = 'retrieval.json';
export const VECTORS_FILE = 'retrieval.bin';

const paragraph = z.object({ href: z.string(), where: z.string(), title: z.string(), text: z.string() });

export const indexSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  /** The BERT weights the vectors were computed with (bert.json's weights.sha256). */
  model: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  pooling: z.string(),
  dims: z.number().int().positive(),
  vectors: z.object({ file: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  paragraphs: z.array(paragraph),
});

export type RetrievalIndex = z.infer<typeof indexSchema>;

export interface LoadedIndex {
  index: RetrievalIndex;
  /** paragraphs.length × dims, row-major. */
  vectors: Float32Array;
}

export const POOLING = 'mean of the final hidden states over the characters ([CLS] excluded), text cut to ctx − 1 characters';

export function makeIndex(paragraphs: Paragraph[], dims: number, model: RetrievalIndex['model'], vectors: RetrievalIndex['vectors']): RetrievalIndex {
  return { format: FORMAT, version: VERSION, model, pooling: POOLING, dims, vectors, paragraphs };
}

/** Checks the manifest against its vectors' bytes (length, checksum already computed by the caller) and views them. */
export function checkIndex(json: unknown, bytes: ArrayBuffer, sha256: string, modelSha256: string): LoadedIndex {
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) throw new Error(`检索索引 ${INDEX_FILE} 的格式不对：${parsed.error.issues[0]?.path.join('.') || '整体'}`);
  const index = parsed.data;
  const expected = index.paragraphs.length * index.dims * 4;
  if (index.vectors.bytes !== expected || bytes.byteLength !== expected) {
    throw new Error(`检索向量文件 ${index.vectors.file} 应有 ${expected} 字节，实际 ${bytes.byteLength} 字节`);
  }
  if (sha256 !== index.vectors.sha256) throw new Error(`检索向量文件 ${index.vectors.file} 的校验和不符：文件已损坏或与清单不配套`);
  if (modelSha256 !== index.model.sha256) {
    throw new Error('检索向量不是用当前的迷你 BERT 权重算出的：请运行 npm run build:retrieval');
  }
  return { index, vectors: new Float32Array(bytes.slice(0)) };
}
