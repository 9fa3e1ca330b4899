import type { Metadata } from 'next';
import { BookLink } from '@/components/layout/BookLink';
import { loadBook } from '@/lib/content/loader';
import { chapterHref, chapterLabel } from '@/lib/content/book';

export const metadata: Metadata = { title: '勘误一览', description: '原文中的事实错误与过时代码，以及本书在何处改正了它们。' };

/** Every 勘误 note of the book in one list, each linked to the section that explains the correction. */
export default function Errata() {
  const book = loadBook();
  const total = book.reduce((n, c) => n + c.errata.length, 0);
  return (
    <main id="main" className="home">
      <div className="prose">
        <h1>勘误一览</h1>
        <p>原文有 {total} 处说法在本书中被改正或补充。下面按章列出原文的说法；点击即可跳到书中说明为什么不对、正确的是什么的那一节。</p>
        {book
          .filter((c) => c.errata.length > 0)
          .map((c) => (
            <section key={c.slug} aria-labelledby={`errata-${c.slug}`}>
              <h2 id={`errata-${c.slug}`}>
                {chapterLabel(c)} {c.title}
              </h2>
              <ol className="errata-list">
                {c.errata.map((e, i) => {
                  const heading = c.headings.find((h) => h.id === e.sectionId)!;
                  return (
                    <li key={i}>
                      <p className="erratum-said">原文：{e.said}</p>
                      <p>
                        见 <BookLink href={chapterHref(c, e.sectionId)}>{heading.title}</BookLink>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
      </div>
    </main>
  );
}
