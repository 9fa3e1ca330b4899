import { BookLink } from '@/components/layout/BookLink';
import { BOOK_TITLE } from '@/lib/content/book';
import { Footer } from './Footer';
import { HeaderTools } from './HeaderTools';
import { ContentsIcon } from './Icons';
import './chrome.css';

/** The id of a chapter's contents panel (a popover the header's 目录 button opens): ChapterContents. */
export const CONTENTS_PANEL_ID = 'contents-panel';

/**
 * The header, sticky at the top of every page. On a chapter it also holds 目录 (the book's and the
 * chapter's contents, in a popover the page renders) and 回到顶部; CSS shows those two only where
 * the page has the panel. Both work without JavaScript (a popover button and a plain link).
 */
export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <button type="button" className="header-button contents-button" popoverTarget={CONTENTS_PANEL_ID}>
          <ContentsIcon />
          <span className="header-button-label">目录</span>
        </button>
        <BookLink href="/" className="site-title">
          {BOOK_TITLE}
        </BookLink>
        <div className="site-header-tools">
          <HeaderTools />
        </div>
      </header>
    </>
  );
}

/** Version, build date, links to 勘误/更新记录/术语表/符号表, licenses: components/layout/Footer.tsx. */
export function SiteFooter() {
  return <Footer />;
}
