import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chapterBySlug, loadBook } from '@/lib/content/loader';
import { BOOK_TITLE, chapterLabel } from '@/lib/content/book';
import { BookLink } from '@/components/layout/BookLink';
import { Island } from '@/components/islands/Island';
import { StaticBody } from '@/components/layout/StaticBody';
import { KatexAssets } from '@/components/mdx/KatexAssets';
import { HANDOUT_PREFIX } from '@/components/handout/HandoutBody';
import '@/components/handout/handout.css';

type Params = { params: Promise<{ chapter: string }> };

export const dynamicParams = false;

/** One sheet per chapter that has exercises. */
export function generateStaticParams() {
  return loadBook()
    .filter((c) => c.exercises.length > 0)
    .map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = chapterBySlug((await params).chapter);
  if (!chapter) return {};
  return { title: `${chapterLabel(chapter)} ${chapter.title} · 练习`, description: `${chapterLabel(chapter)}「${chapter.title}」的练习，可打印；?answers=1 附答案。` };
}

/**
 * /exercises/<slug>/: a chapter's exercises as a sheet to print on A4 (讲义). The exercises
 * themselves are static HTML (components/handout/HandoutBody.tsx, written in by
 * scripts/inject-prose.mjs); ?answers=1 shows their answers (HandoutToolbar).
 */
export default async function HandoutPage({ params }: Params) {
  const chapter = chapterBySlug((await params).chapter);
  if (!chapter || chapter.exercises.length === 0) notFound();
  return (
    <main id="main" className="handout prose" data-handout={chapter.slug}>
      <header className="handout-header">
        <p className="handout-book">{BOOK_TITLE} · 练习</p>
        <h1>
          {chapterLabel(chapter)}　{chapter.title}
        </h1>
        <p className="handout-meta">
          共 {chapter.exercises.length} 题<span className="handout-teacher">（教师版，附答案）</span>
          <span className="handout-name">姓名＿＿＿＿＿＿　日期＿＿＿＿＿＿</span>
        </p>
        <p className="handout-back">
          <BookLink href={`/${chapter.slug}/`}>返回本章正文</BookLink>
        </p>
      </header>
      <Island name="HandoutToolbar" />
      <KatexAssets />
      <StaticBody name={`${HANDOUT_PREFIX}${chapter.slug}`} className="handout-body" />
    </main>
  );
}
