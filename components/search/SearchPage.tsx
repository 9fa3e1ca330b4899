'use client';

import { useEffect, useRef, useState } from 'react';
import { cleanQuery } from '@/lib/search/query';
import { NoResults, ResultList, statusLine } from './Results';
import { moveFocus, resultKeys } from './keys';
import { useSearch, warmSearch } from './useSearch';

/** The ?q= of the page's address, cleaned (a hostile value gives '' or a short plain string). */
function addressQuery(): string {
  try {
    return cleanQuery(new URLSearchParams(location.search).get('q') ?? '');
  } catch {
    return '';
  }
}

/**
 * The /search/ page: its box mirrors ?q= in the address (so the page can be shared), and lists
 * every result. Reading ?q= happens after mount: the page is exported as static HTML.
 */
export function SearchPage() {
  const [q, setQ] = useState<string | null>(null);
  const state = useSearch(q ?? '', 50);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const initial = addressQuery();
    setQ(initial); // eslint-disable-line react-hooks/set-state-in-effect -- the address is only known in the browser
    if (initial) warmSearch();
    else input.current?.focus();
  }, []);

  useEffect(() => {
    if (q === null) return;
    const url = new URL(location.href);
    const clean = cleanQuery(q);
    if (clean) url.searchParams.set('q', clean);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }, [q]);

  const shown = state.status === 'done' ? state.answer : state.status === 'loading' ? state.previous : undefined;
  return (
    <>
      <form
        role="search"
        aria-label="搜索页"
        className="search-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          moveFocus(list.current, input.current, 'first');
        }}
      >
        <label htmlFor="search-page-q">搜索全书的章节、公式、练习与术语</label>
        <input
          ref={input}
          id="search-page-q"
          className="search-input"
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={q ?? ''}
          // Not on focus: the page focuses the box itself at load, and fetching the index then
          // would weigh on the page's first seconds (Lighthouse's blocking time) for a reader who
          // may only look. A tap or the first key is soon enough to have it by the second key.
          onPointerDown={warmSearch}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            warmSearch();
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              moveFocus(list.current, input.current, 'first');
            }
          }}
        />
      </form>
      <p role="status" className="search-status">
        {statusLine(state)}
      </p>
      {shown && shown.total === 0 && <NoResults q={shown.q} ms={shown.ms} />}
      {shown && shown.total > 0 && (
        <ResultList
          answer={shown}
          listRef={list}
          onKeyDown={(e) => resultKeys(e, list.current, input.current)}
        />
      )}
    </>
  );
}
