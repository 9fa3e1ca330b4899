import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chapterBySlug, loadBook } from '@/lib/content/loader';
import { chapterLabel, sectionLabel } from '@/lib/content/book';
import { ChapterList, PageToc, PrevNext } from '@/components/layout/ChapterNav';
import { ChapterContents } from '@/components/layout/ChapterContents';
import { ChapterBody } from '@/components/mdx/ChapterBody';
import { Island } from '@/components/islands/Island';
import { CHAPTER_PARTS } from '@/components/islands/chapter-parts';
import { BookLink } from '@/components/layout/BookLink';
// The demos' global styles come with the chapter's own stylesheet, before any demo's: a demo's CSS
// modules, which the islands bundle adds when the demo loads, then win over them whatever order
// its chunks arrive in, as they do under Next (scripts/islands.mjs, PAGE_STYLES).
import '@/components/demos/kit/layout.css';
import '@/components/demos/kit/icons.css';
import '@/components/demos/shell/badge.css';

type Params = { params: Promise<{ chapter: string }> };

export const dynamicParams = false;

const CHAPTER_PART_NAMES = Object.keys(CHAPTER_PARTS) as (keyof typeof CHAPTER_PARTS)[];

export function generateStaticParams() {
  return loadBook().map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = chapterBySlug((await params).chapter);
  if (!chapter) return {};
  return { title: `${chapterLabel(chapter)} ${chapter.title}`, description: chapter.summary };
}

export default async function ChapterPage({ params }: Params) {
  const slug = (await params).chapter;
  const book = loadBook();
  const index = book.findIndex((c) => c.slug === slug);
  if (index < 0) notFound();
  const chapter = book[index];
  const toc = <PageToc headings={chapter.headings} />;

  return (
    <div className="chapter-layout">
      <ChapterContents book={book} chapter={chapter} />
      <nav className="sidebar" aria-label="全书章节">
        <p className="sidebar-title">全书目录</p>
        <ChapterList chapters={book} current={slug} />
      </nav>

      <main id="main" className="chapter-main">
        <article className="prose">
          <header className="chapter-header">
            <p className="chapter-kicker">
              {chapterLabel(chapter)} · 对应原文 {chapter.sections.map(sectionLabel).join('、')}
            </p>
            <h1>{chapter.title}</h1>
            <p className="chapter-summary">{chapter.summary}</p>
          </header>

          <details className="toc-inline">
            <summary>本章内容</summary>
            {toc}
          </details>

          <ChapterBody slug={slug} />

          {chapter.exercises.length > 0 ? (
            <p className="handout-link">
              <BookLink href={`/exercises/${slug}/`}>打印本章习题</BookLink>（{chapter.exercises.length} 题，A4 讲义，可附答案）
            </p>
          ) : null}
        </article>

        <PrevNext prev={book[index - 1]} next={book[index + 1]} />
      </main>

      <nav className="toc" aria-label="本章内容">
        <p className="sidebar-title">本章内容</p>
        {toc}
      </nav>

      {/* The chapter's client parts, each an island: the page loads the islands bundle instead of
          Next's runtime (scripts/islands.mjs, docs/performance.md "Lever 7"). */}
      {CHAPTER_PART_NAMES.map((name) => (
        <Island key={name} name={name} />
      ))}
    </div>
  );
}
