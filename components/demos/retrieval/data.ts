import { fetchBytes, sha256Hex } from '@/lib/models/weights';
import { checkIndex, INDEX_FILE, type LoadedIndex } from '@/lib/demos/retrieval/index-file';
import { paragraphIndex } from '@/lib/demos/retrieval/engine';
import type { Bm25Index } from '@/lib/demos/retrieval/bm25';
import { modelsPath } from '@/lib/paths';
import { loadOnce } from '../kit/data-file';

export interface RetrievalData extends LoadedIndex {
  bm25: Bm25Index;
}

async function load(modelSha256: string): Promise<RetrievalData> {
  const text = new TextDecoder().decode(await fetchBytes(modelsPath(INDEX_FILE)));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`检索索引 ${INDEX_FILE} 不是合法的 JSON`);
  }
  const file = (json as { vectors?: { file?: unknown } })?.vectors?.file;
  if (typeof file !== 'string' || !/^[\w.-]+$/.test(file)) throw new Error(`检索索引 ${INDEX_FILE} 没有写明向量文件`);
  const bytes = await fetchBytes(modelsPath(file));
  const loaded = checkIndex(json, bytes, await sha256Hex(bytes), modelSha256);
  return { ...loaded, bm25: paragraphIndex(loaded.index.paragraphs) };
}

/** The paragraphs, their vectors and their BM25 index, fetched the first time the demo asks. */
export const loadRetrievalData = loadOnce(load);
