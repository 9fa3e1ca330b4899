/** Messages between the search boxes and the search worker (search.worker.ts). */
import type { Result } from '@/lib/search/engine';

export type ToSearchWorker = { type: 'init'; url: string } | { type: 'query'; id: number; q: string; limit: number };

export type FromSearchWorker =
  | { type: 'ready'; docs: number; ms: number }
  | { type: 'results'; id: number; q: string; results: Result[]; total: number; ms: number }
  | { type: 'error'; message: string };
