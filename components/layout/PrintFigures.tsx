'use client';

import { useEffect } from 'react';

const APPENDIX_CLASS = 'answers-appendix';

/**
 * Readies a chapter for printing, when the browser announces a print (beforeprint), and undoes it
 * after (afterprint); it costs nothing until then.
 *
 * - Each demo's print figure (`.demo-print`, written beside the demo by components/mdx/DemoFigure)
 *   gets the full address of the demo, with the reader's current set-up: the query the demos keep in
 *   the address bar. The HTML has the path alone, since the site does not know its own origin.
 * - The answers of the exercises (closed <details>) move to an appendix at the chapter's end, numbered,
 *   and each exercise says where its answer is. Without JavaScript, print CSS shows them in place.
 */
export function PrintFigures() {
  useEffect(() => {
    const article = document.querySelector('article.prose');
    if (!article) return;
    let undo: (() => void) | null = null;

    const before = () => {
      undo?.();
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-print-url a')) {
        const url = new URL(link.getAttribute('href') ?? '', location.href);
        url.search = location.search;
        link.textContent = url.href;
      }
      const answers = [...article.querySelectorAll<HTMLDetailsElement>('details.answer')];
      if (answers.length === 0) return;
      const appendix = document.createElement('section');
      appendix.className = APPENDIX_CLASS;
      appendix.innerHTML = '<p class="answers-appendix-title">本章练习答案</p>';
      const list = document.createElement('ol');
      const moved: { body: Element; home: HTMLDetailsElement; ref: HTMLElement }[] = [];
      answers.forEach((details, i) => {
        const body = details.querySelector('.answer-body');
        if (!body) return;
        const item = document.createElement('li');
        item.value = i + 1;
        const ref = document.createElement('p');
        ref.className = 'answer-ref';
        ref.textContent = `答案见本章末「本章练习答案」第 ${i + 1} 条。`;
        details.after(ref);
        item.append(body);
        list.append(item);
        moved.push({ body, home: details, ref });
      });
      appendix.append(list);
      article.append(appendix);
      undo = () => {
        for (const { body, home, ref } of moved) {
          home.append(body);
          ref.remove();
        }
        appendix.remove();
        undo = null;
      };
    };
    const after = () => undo?.();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      after();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return null;
}
