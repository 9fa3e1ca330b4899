'use client';

import { useEffect, useState } from 'react';

/** The query that makes a handout the instructor's copy: /exercises/<slug>/?answers=1. */
export const ANSWERS_QUERY = 'answers';

/**
 * The handout's toolbar on screen (打印, 显示答案/隐藏答案), and the switch that shows the answers.
 *
 * The site is a static export: /exercises/<slug>/ and /exercises/<slug>/?answers=1 are the same
 * file, since a static host ignores the query. So the answers are always in the HTML, hidden by CSS
 * (components/handout/handout.css), and only this script shows them, when the query asks for them.
 * Without JavaScript, or without the query, the sheet is the students' copy, on screen and in print.
 *
 * It also writes each exercise's source as a full address, which only print shows (a link cannot be
 * followed on paper): the HTML has the path alone, since the site does not know its own origin.
 */
export function HandoutToolbar() {
  const [answers, setAnswers] = useState(false);
  useEffect(() => {
    const on = new URLSearchParams(location.search).get(ANSWERS_QUERY) === '1';
    setAnswers(on); // eslint-disable-line react-hooks/set-state-in-effect -- the address is only known in the browser
    document.querySelector('.handout')?.toggleAttribute('data-answers', on);
    for (const url of document.querySelectorAll<HTMLElement>('.handout-source-url')) {
      url.textContent = new URL(url.dataset.href ?? '', location.href).href;
    }
  }, []);
  return (
    <div className="handout-toolbar">
      <button type="button" className="handout-button" onClick={() => window.print()}>
        打印
      </button>
      <a className="handout-button" href={answers ? './' : `?${ANSWERS_QUERY}=1`}>
        {answers ? '隐藏答案' : '显示答案'}
      </a>
    </div>
  );
}
