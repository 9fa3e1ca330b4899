'use client';

import type { KeyboardEvent, Ref } from 'react';
import type { Part } from '@/lib/search/snippet';
import { withBase } from '@/lib/paths';
import type { Answer } from './client';
import { rememberLanding } from './landing';
import type { SearchState } from './useSearch';

function Parts({ parts }: { parts: Part[] }) {
  return parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
}

/**
 * A list of results: each a link to `/<chapter>/#<section-id>` (base-prefixed) showing where it is
 * (chapter › section) and a snippet with the match marked. The list carries `data-search-results`.
 */
export function ResultList(props: {
  answer: Answer;
  listRef?: Ref<HTMLUListElement>;
  onKeyDown?: (e: KeyboardEvent<HTMLUListElement>) => void;
  /** Called when the reader follows a result (the header closes its list). */
  onPick?: () => void;
}) {
  const { answer, listRef, onKeyDown, onPick } = props;
  return (
    <ul className="search-results" ref={listRef} data-search-results="" data-q={answer.q} data-ms={answer.ms.toFixed(1)} onKeyDown={onKeyDown}>
      {answer.results.map((r) => (
        <li key={r.id}>
          <a className="search-result" href={withBase(r.href)} data-kind={r.kind} onClick={() => {
              rememberLanding({ q: answer.q, href: r.href });
              onPick?.();
            }}>
            <span className="search-result-where">
              {r.where} › <Parts parts={r.title} />
            </span>
            <span className="search-result-snippet">
              <Parts parts={r.snippet} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The status line (a live region): how many results, loading, or what went wrong. */
export function statusLine(state: SearchState): string {
  if (state.status === 'loading') return '正在搜索…';
  if (state.status === 'error') return `搜索出错了：${state.message}。请刷新页面再试。`;
  if (state.status === 'done') return state.answer.total > 0 ? `找到 ${state.answer.total} 个相关章节` : '没有找到结果';
  return '';
}

/** What to say when nothing matched: the query back, and what to try instead. */
export function NoResults({ q, ms }: { q: string; ms: number }) {
  return (
    <div className="search-empty" data-search-empty="" data-q={q} data-ms={ms.toFixed(1)}>
      <p>没有找到包含「{q}」的章节。</p>
      <p>
        可以试试：换一个更短的词（如「梯度」而不是「梯度下降算法」）；换成中文或英文的说法（「词元」或「token」）；或者在
        <a href={withBase('/glossary/')}>术语表</a>、<a href={withBase('/')}>全书目录</a>里找。
      </p>
    </div>
  );
}
