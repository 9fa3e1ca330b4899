import type { Chapter } from '@/lib/content/loader';
import { BookLink } from './BookLink';
import { ChapterList, PageToc } from './ChapterNav';
import { CONTENTS_PANEL_ID } from './SiteChrome';

/**
 * The panel the header's 目录 button opens, from anywhere in a chapter: this chapter's sections
 * first (the reader is usually in the middle of one), then the book's chapters. A native popover:
 * it opens without JavaScript, Escape or a tap outside closes it, and it lies over the page in the
 * top layer, so opening it moves nothing. TocHighlighter marks the section being read in it and
 * closes it when one of its links is followed.
 */
export function ChapterContents({ book, chapter }: { book: Chapter[]; chapter: Chapter }) {
  return (
    <div id={CONTENTS_PANEL_ID} className="contents-panel" popover="auto">
      <nav aria-label="目录">
        <div className="contents-panel-head">
          <p className="sidebar-title">本章内容</p>
          <button type="button" className="header-button" popoverTarget={CONTENTS_PANEL_ID} popoverTargetAction="hide">
            关闭
          </button>
        </div>
        <PageToc headings={chapter.headings} />
        <p className="sidebar-title contents-panel-book">全书目录</p>
        <ChapterList chapters={book} current={chapter.slug} />
        <p className="contents-panel-home">
          <BookLink href="/">封面与演示一览</BookLink>
        </p>
      </nav>
    </div>
  );
}
