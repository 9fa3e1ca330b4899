/// <reference lib="webworker" />
/**
 * The search worker: fetches /search-index.json once, builds the index (lib/search/engine.ts) and
 * answers queries. Everything runs here, off the page's main thread; once the index is built,
 * queries need no network.
 */
import { createIndex, type SearchIndex } from '@/lib/search/engine';
import type { IndexPayload } from '@/lib/search/build';
import type { FromSearchWorker, ToSearchWorker } from './protocol';
import { offlineFailure } from '@/lib/offline/policy.mjs';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromSearchWorker) => scope.postMessage(m);
let index: Promise<SearchIndex> | null = null;
let indexUrl = '';

async function load(url: string): Promise<SearchIndex> {
  const t0 = performance.now();
  const res = await fetch(url);
  const offline = offlineFailure(res, '搜索索引');
  if (offline) throw new Error(offline);
  if (!res.ok) throw new Error(`搜索索引加载失败（HTTP ${res.status}）`);
  const payload = (await res.json()) as IndexPayload;
  if (!payload || !Array.isArray(payload.docs)) throw new Error('搜索索引格式不对');
  const search = createIndex(payload.docs, false);
  // Built in chunks: queries arriving meanwhile are answered by a plain scan of the documents.
  search.build().then(
    () => post({ type: 'ready', docs: search.size, ms: performance.now() - t0 }),
    (err: unknown) => post({ type: 'error', message: `搜索索引建立失败：${String(err)}` }),
  );
  return search;
}

scope.onmessage = async (e: MessageEvent<ToSearchWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'init') indexUrl = m.url;
    // A failed load is forgotten (below), so the next query tries again.
    index ??= load(indexUrl).catch((err: unknown) => {
      index = null;
      throw err;
    });
    const built = await index;
    if (m.type === 'init') return;
    const t0 = performance.now();
    const { total, results } = built.search(m.q, m.limit);
    post({ type: 'results', id: m.id, q: m.q, results, total, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
