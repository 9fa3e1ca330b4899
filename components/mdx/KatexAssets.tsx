import { preload } from 'react-dom';
import { withBase } from '@/lib/paths';

/** The KaTeX fonts nearly every formula uses; preloaded so that math paints once, without reflow. */
const KATEX_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/**
 * KaTeX's stylesheet and its two main fonts, for a page with formulas rendered at build time (a
 * chapter, the table of symbols). Without the preloads the fonts arrive after the first paint and
 * every line with a formula is laid out again: /notation/ shifted by CLS 0.11 on a phone. A page
 * whose first screen uses another KaTeX font names it in `moreFonts` (its file name without .woff2).
 */
export function KatexAssets({ moreFonts = [] }: { moreFonts?: string[] }) {
  for (const font of [...KATEX_FONTS, ...moreFonts]) {
    preload(withBase(`/katex/fonts/${font}.woff2`), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
  // A fixed address (not a bundled import) so that the fonts it names match the preloads.
  return <link rel="stylesheet" href={withBase('/katex/katex.min.css')} precedence="katex" />;
}
