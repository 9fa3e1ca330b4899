import type { Metadata } from 'next';
import { BookLink } from '@/components/layout/BookLink';
import type { ReactNode } from 'react';
import { loadBook } from '@/lib/content/loader';
import { chapterHref } from '@/lib/content/book';
import { loadChangelog, type ChangelogItem } from '@/lib/content/changelog';

export const metadata: Metadata = { title: '更新记录', description: '本书各版本改正了什么、增加了什么：每个版本先列更正，再列其他更新。' };

/** `code` in backquotes becomes <code>; the rest is plain text. */
function inline(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** What changed between versions, corrections first (as Distill's "Updates and Corrections"). */
export default function Changelog() {
  const book = loadBook();
  const versions = loadChangelog();
  const where = (item: ChangelogItem) => {
    if (!item.section) return null;
    const chapter = book.find((c) => c.headings.some((h) => h.id === item.section));
    if (!chapter) throw new Error(`content/changelog.json: no chapter has the heading id "${item.section}"`);
    const heading = chapter.headings.find((h) => h.id === item.section)!;
    return (
      <>
        见 <BookLink href={chapterHref(chapter, heading.id)}>{heading.title}</BookLink>。
      </>
    );
  };
  const list = (items: ChangelogItem[]) => (
    <ul className="changelog-list">
      {items.map((item, i) => (
        <li key={i}>
          {inline(item.text)}
          {where(item)}
        </li>
      ))}
    </ul>
  );
  return (
    <main id="main" className="home">
      <div className="prose">
        <h1>更新记录</h1>
        <p>
          每个版本先列<strong>更正</strong>（此前哪里说错了、现在怎么说），再列其他更新。改正原始文档的错误不在此列，它们一直标在正文的勘误框里，汇总见
          <BookLink href="/errata/">勘误一览</BookLink>。当前版本号和构建日期在每页的页脚。
        </p>
        {versions.map((v) => (
          <section key={v.version} className="changelog-version" aria-labelledby={`v-${v.version.replaceAll('.', '-')}`}>
            <h2 id={`v-${v.version.replaceAll('.', '-')}`}>版本 {v.version}</h2>
            <p className="changelog-meta">
              <time dateTime={v.date}>{v.date}</time> · {v.summary}
            </p>
            {v.corrections.length > 0 && (
              <>
                <h3 id={`v-${v.version.replaceAll('.', '-')}-corrections`}>更正（{v.corrections.length} 处）</h3>
                {list(v.corrections)}
              </>
            )}
            {v.changes.length > 0 && (
              <>
                <h3 id={`v-${v.version.replaceAll('.', '-')}-changes`}>其他更新</h3>
                {list(v.changes)}
              </>
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
