import fs from 'node:fs';
import path from 'node:path';
import { BookLink } from '@/components/layout/BookLink';
import { BOOK_TITLE } from '@/lib/content/book';
import { release } from '@/lib/content/release';
import { withBase } from '@/lib/paths';
import { OfflineStatus } from '@/components/offline/OfflineStatus';
import { Enhancement } from './Enhancement';

/** Pages the footer links to; a page built by another part of the book appears once its route exists. */
const PAGES = [
  { href: '/errata/', label: '勘误一览', route: 'errata' },
  { href: '/changelog/', label: '更新记录', route: 'changelog' },
  { href: '/glossary/', label: '术语表', route: 'glossary' },
  { href: '/notation/', label: '符号表', route: 'notation' },
  { href: '/teach/', label: '教师指南', route: 'teach' },
];

function routeExists(route: string): boolean {
  return fs.existsSync(path.join(process.cwd(), 'app', '(book)', route, 'page.tsx'));
}

/** The site footer (a server component, static HTML): version and build date, links, licenses. */
export function Footer() {
  const { version, builtOn } = release();
  return (
    <footer className="site-footer">
      <p>
        {BOOK_TITLE} · 版本 <span data-book-version>{version}</span> · 构建于 <time dateTime={builtOn}>{builtOn}</time>
      </p>
      <nav aria-label="关于本书">
        <ul className="footer-links">
          {PAGES.filter((p) => routeExists(p.route)).map((p) => (
            <li key={p.href}>
              <BookLink href={p.href}>
                {p.label}
              </BookLink>
            </li>
          ))}
          <li>
            <BookLink href="/#cite">
              如何引用
            </BookLink>
          </li>
        </ul>
      </nav>
      <p>
        文字采用 <a href={withBase('/licenses/LICENSE-TEXT.txt')} rel="license">CC BY-SA 4.0</a>，代码采用{' '}
        <a href={withBase('/licenses/LICENSE.txt')} rel="license">MIT</a> 许可（
        <BookLink href="/#license">
          为什么
        </BookLink>
        ）。
      </p>
      <Enhancement name="OfflineStatus">
        <OfflineStatus />
      </Enhancement>
    </footer>
  );
}
