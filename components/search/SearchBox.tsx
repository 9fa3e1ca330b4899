'use client';

import { useEffect, useRef, useState } from 'react';
import { withBase } from '@/lib/paths';
import { NoResults, ResultList, statusLine } from './Results';
import { useSearch, warmSearch } from './useSearch';
import { moveFocus, resultKeys } from './keys';

const SHOWN = 8;

/** True when a key press belongs to a field the reader is typing in. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * The header's search box. Without JavaScript it is a form that opens /search/?q=…. With it, the
 * first focus or keystroke loads the search code and index (nothing before), results show under
 * the box as the reader types; ↓/↑ move through them, Enter follows one, Esc closes. `/` and
 * Ctrl/⌘-K focus the box from anywhere on the page. `id` prefixes its elements' ids: a fixed one
 * (not useId), so that Next's render and the islands bundle's hydration (components/islands/chrome.tsx)
 * give the same markup.
 */
export function SearchBox({ id }: { id: string }) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const state = useSearch(open ? q : '', SHOWN);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (!shortcut && !(e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target))) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shown = state.status === 'done' ? state.answer : state.status === 'loading' ? state.previous : undefined;
  const close = () => {
    setOpen(false);
    input.current?.focus();
  };

  return (
    <form
      ref={form}
      role="search"
      aria-label="全书搜索"
      className="search-box"
      action={withBase('/search/')}
      onBlur={(e) => {
        if (!form.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        搜索全书
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        className="search-input"
        type="search"
        name="q"
        placeholder="搜索 /"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={q}
        aria-describedby={`${id}-status`}
        aria-controls={`${id}-results`}
        onFocus={() => {
          warmSearch();
          setOpen(true);
        }}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            moveFocus(list.current, input.current, 'first');
          } else if (e.key === 'Escape') {
            if (open && q) e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {open ? statusLine(state) : ''}
      </p>
      <div className="search-popup" id={`${id}-results`} hidden={!(open && q.trim() && (shown || state.status === 'error'))}>
        {state.status === 'error' && <p className="search-error">{statusLine(state)}</p>}
        {shown && shown.total === 0 && <NoResults q={shown.q} ms={shown.ms} />}
        {shown && shown.total > 0 && (
          <>
            <ResultList
              answer={shown}
              listRef={list}
              onKeyDown={(e) => resultKeys(e, list.current, input.current, close)}
              onPick={() => setOpen(false)}
            />
            <a className="search-all" href={withBase(`/search/?q=${encodeURIComponent(shown.q)}`)}>
              {shown.total > SHOWN ? `查看全部 ${shown.total} 个结果` : '在搜索页打开'}
            </a>
          </>
        )}
      </div>
    </form>
  );
}
