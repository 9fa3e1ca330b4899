import Link from 'next/link';
import { BOOK_TITLE } from '@/lib/content/book';
import { Enhancement } from './Enhancement';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          {BOOK_TITLE}
        </Link>
        <Enhancement name="ThemeToggle">
          <ThemeToggle />
        </Enhancement>
      </header>
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{BOOK_TITLE} · 以一篇中文综述为纲，重写、加深并勘误。</p>
    </footer>
  );
}
