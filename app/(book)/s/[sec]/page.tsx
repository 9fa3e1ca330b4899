import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DOC_SECTIONS, sectionByShort } from '@/lib/content/sections';
import { locate } from '@/lib/content/loader';
import { chapterHref, chapterLabel, sectionLabel } from '@/lib/content/book';
import { withBase } from '@/lib/paths';

/**
 * Short links for instructors: /s/2-1 → /gradient-descent/#sec-2-1. One static page per document
 * section; it redirects with <meta refresh> (works without JavaScript) and shows the link.
 */
type Params = { params: Promise<{ sec: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return DOC_SECTIONS.map((s) => ({ sec: s.short }));
}

function target(short: string) {
  const section = sectionByShort(short);
  const found = section && locate(section.id);
  if (!section || !found) return undefined;
  // A full site path: <meta refresh>, a plain <a> and the canonical URL get no basePath from Next.
  return { section, chapter: found.chapter, href: withBase(chapterHref(found.chapter, section.id)) };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = target((await params).sec);
  if (!t) return {};
  return { title: `${sectionLabel(t.section.number)} ${t.section.title}`, robots: { index: false }, alternates: { canonical: t.href } };
}

export default async function ShortLink({ params }: Params) {
  const t = target((await params).sec);
  if (!t) notFound();
  return (
    <main id="main" className="short-link">
      <meta httpEquiv="refresh" content={`0; url=${t.href}`} />
      <p>
        {sectionLabel(t.section.number)} {t.section.title}：
        <a href={t.href}>
          {chapterLabel(t.chapter)} {t.chapter.title}
        </a>
      </p>
    </main>
  );
}
