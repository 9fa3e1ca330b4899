import { preload } from 'react-dom';
import { withBase } from '@/lib/paths';
import { renderProse } from './prose';

/** The KaTeX fonts nearly every formula uses; preloaded so that math paints once, without reflow. */
const KATEX_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/**
 * Where a chapter's prose goes. In the production build it is an empty placeholder: the prose is
 * rendered once by the route app/prose/[chapter]/route.ts and written into the exported HTML by
 * scripts/inject-prose.mjs, so the page carries it once, as HTML, and not a second time inside the
 * React Server Components payload (docs/performance.md). React leaves the children of an element
 * with `dangerouslySetInnerHTML` alone when it hydrates, so it keeps the injected prose.
 * Under `next dev` there is no export step, so the prose is rendered in place.
 */
export async function ChapterBody({ slug }: { slug: string }) {
  const html = process.env.NODE_ENV === 'production' ? '' : await renderProse(slug);
  for (const font of KATEX_FONTS) {
    preload(withBase(`/katex/fonts/${font}.woff2`), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
  return (
    <>
      {/* A fixed address (not a bundled import) so that the fonts it names match the preloads. */}
      <link rel="stylesheet" href={withBase('/katex/katex.min.css')} precedence="katex" />
      <div className="mdx" data-prose={slug} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
