'use client';

import { useEffect, useState } from 'react';
import { cleanQuery } from '@/lib/search/query';
import type { Answer } from './client';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; q: string; previous?: Answer }
  | { status: 'done'; answer: Answer }
  | { status: 'error'; message: string };

/** Loads the search client (and with it the worker and the index); nothing happens before this. */
export const loadClient = () => import('./client');

/** Starts loading the index now (on focus), so that the first keystroke finds it ready or nearly. */
export function warmSearch(): void {
  loadClient().then((c) => c.startSearch(), () => {});
}

/** The answer to the latest query; older answers arriving late are dropped. */
export function useSearch(raw: string, limit: number): SearchState {
  const q = cleanQuery(raw);
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (!q) return;
    let live = true;
    loadClient()
      .then((c) => c.query(q, limit))
      .then(
        (answer) => live && setState({ status: 'done', answer }),
        (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [q, limit]);
  if (!q) return { status: 'idle' };
  if ((state.status === 'done' && state.answer.q === q) || state.status === 'error') return state;
  return { status: 'loading', q, previous: state.status === 'done' ? state.answer : undefined };
}
