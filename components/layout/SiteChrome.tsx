import { BookLink } from '@/components/layout/BookLink';
import { BOOK_TITLE } from '@/lib/content/book';
import { Enhancement } from './Enhancement';
import { Footer } from './Footer';
import { ThemeToggle } from './ThemeToggle';
import { SearchBox } from '@/components/search/SearchBox';

export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <BookLink href="/" className="site-title">
          {BOOK_TITLE}
        </BookLink>
        <div className="site-header-tools">
          <Enhancement name="SearchBox">
            <SearchBox />
          </Enhancement>
          <Enhancement name="ThemeToggle">
            <ThemeToggle />
          </Enhancement>
        </div>
      </header>
    </>
  );
}

/** Version, build date, links to 勘误/更新记录/术语表/符号表, licenses: components/layout/Footer.tsx. */
export function SiteFooter() {
  return <Footer />;
}
