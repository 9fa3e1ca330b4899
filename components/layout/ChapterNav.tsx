import { BookLink } from '@/components/layout/BookLink';
import type { Chapter, Heading } from '@/lib/content/loader';
import { chapterHref, chapterLabel } from '@/lib/content/book';

type ChapterLink = Pick<Chapter, 'slug' | 'chapter' | 'title'>;

/** The book's chapters, with the current one marked. */
export function ChapterList({ chapters, current }: { chapters: ChapterLink[]; current?: string }) {
  return (
    <ol className="chapter-list">
      {chapters.map((c) => (
        <li key={c.slug}>
          <BookLink href={chapterHref(c)} aria-current={c.slug === current ? 'page' : undefined}>
            <span className="chapter-num">{c.chapter}</span>
            {c.title}
          </BookLink>
        </li>
      ))}
    </ol>
  );
}

/** The on-page contents: the chapter's h2 and h3 headings. */
export function PageToc({ headings }: { headings: Heading[] }) {
  const items = headings.filter((h) => h.depth <= 3);
  return (
    <ol className="toc-list" data-toc="">
      {items.map((h) => (
        <li key={h.id} className={`toc-depth-${h.depth}`}>
          <a href={`#${h.id}`}>{h.title}</a>
        </li>
      ))}
    </ol>
  );
}

/** Links to the previous and next chapters. */
export function PrevNext({ prev, next }: { prev?: ChapterLink; next?: ChapterLink }) {
  return (
    <nav className="prev-next" aria-label="上一章与下一章">
      {prev ? (
        <BookLink href={chapterHref(prev)} rel="prev" className="prev">
          <span className="prev-next-dir">← 上一章</span>
          <span>
            {chapterLabel(prev)} {prev.title}
          </span>
        </BookLink>
      ) : (
        <span />
      )}
      {next ? (
        <BookLink href={chapterHref(next)} rel="next" className="next">
          <span className="prev-next-dir">下一章 →</span>
          <span>
            {chapterLabel(next)} {next.title}
          </span>
        </BookLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
