import type { Metadata } from 'next';
import { BookLink } from '@/components/layout/BookLink';
import { notFound } from 'next/navigation';
import { DEMOS, demoInfo } from '@/lib/demos/registry';
import { BOOK_TITLE } from '@/lib/content/book';
import { Demo } from '@/components/demos/shell/Demo';
import { DemoIslands } from '@/components/demos/shell/DemoIslands';
import { EmbedHeight } from '@/components/demos/shell/EmbedHeight';

/**
 * One demo alone, for an iframe: /embed/gd-explorer/?gd.lr=0.1&hide=lr,optimizer. It takes the
 * same query as the chapter (state, ?backend=, ?hide=) and loads the demo at once. The backend
 * badge and the share buttons are hidden here unless asked for: ?show=backend,share.
 */
type Params = { params: Promise<{ demo: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return DEMOS.map((d) => ({ demo: d.name }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const info = demoInfo((await params).demo);
  return info ? { title: `演示：${info.title}`, robots: { index: false } } : {};
}

export default async function EmbedPage({ params }: Params) {
  const info = demoInfo((await params).demo);
  if (!info) notFound();
  return (
    // Labelled: a host page (or /teach/) has a main landmark of its own, and two must not share a name.
    <main id="main" className="embed" aria-label={`演示：${info.title}`}>
      <h1 className="visually-hidden">{info.title}</h1>
      <Demo name={info.name} embed />
      <p className="embed-source">
        来自《{BOOK_TITLE}》：
        <BookLink href={`/${info.chapter}/#${info.section}`} target="_blank">
          阅读本节
        </BookLink>
      </p>
      <DemoIslands eager />
      <EmbedHeight />
    </main>
  );
}
