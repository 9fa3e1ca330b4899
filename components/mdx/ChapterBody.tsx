import { preload } from 'react-dom';
import { withBase } from '@/lib/paths';
import { mdxComponents } from './registry';
import { termData } from '@/components/glossary/term-data';

/** The KaTeX fonts nearly every formula uses; preloaded so that math paints once, without reflow. */
const KATEX_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/**
 * A chapter's MDX, rendered at build time to static HTML.
 *
 * The prose is static, so it is handed to React as an HTML string: the browser shows it as is and
 * React does not hydrate its ~15,000 elements (mostly KaTeX spans), which took most of a phone's
 * main thread. Live demos do not live in this HTML; they mount as separate islands on their own
 * placeholders, so they never need the prose to be part of the React tree.
 */
export async function ChapterBody({ slug }: { slug: string }) {
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = renderToStaticMarkup(<Content components={mdxComponents} />);
  for (const font of KATEX_FONTS) {
    preload(withBase(`/katex/fonts/${font}.woff2`), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
  return (
    <>
      {/* A fixed address (not a bundled import) so that the fonts it names match the preloads. */}
      <link rel="stylesheet" href={withBase('/katex/katex.min.css')} precedence="katex" />
      <div className="mdx" dangerouslySetInnerHTML={{ __html: html }} />
      {/* The definitions of the terms this chapter links, for the popover (TermPopover). */}
      <script type="application/json" id="term-data" dangerouslySetInnerHTML={{ __html: termData(html) }} />
    </>
  );
}
