/**
 * The page side of the search worker. Imported with import() on the first focus or keystroke in a
 * search box, so no search code is part of a page's first load. One worker per page, shared by the
 * header box and the /search/ page.
 */
import { withBase } from '@/lib/paths';
import type { Result } from '@/lib/search/engine';
import type { FromSearchWorker, ToSearchWorker } from './protocol';

export interface Answer {
  q: string;
  results: Result[];
  total: number;
  /** Time the worker spent on this query. */
  ms: number;
}

interface Pending {
  resolve(a: Answer): void;
  reject(e: Error): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(e: Error) {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

/** Starts the worker and the loading of the index (idempotent). */
export function startSearch(): void {
  if (worker) return;
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<FromSearchWorker>) => {
    const m = e.data;
    if (m.type === 'results') {
      pending.get(m.id)?.resolve({ q: m.q, results: m.results, total: m.total, ms: m.ms });
      pending.delete(m.id);
    } else if (m.type === 'error') failAll(new Error(m.message));
  };
  w.onerror = (e) => {
    failAll(new Error(`搜索无法运行：${e.message || '未知错误'}`));
    w.terminate();
    worker = null; // the next query starts a fresh one
  };
  w.postMessage({ type: 'init', url: withBase('/search-index.json') } satisfies ToSearchWorker);
  worker = w;
}

/** The results for a query (the first `limit` of them, and how many there are). */
export function query(q: string, limit: number): Promise<Answer> {
  startSearch();
  const id = nextId++;
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ type: 'query', id, q, limit } satisfies ToSearchWorker);
  });
}
