import { mdxComponents } from './registry';
import { termData } from '@/components/glossary/term-data';

/**
 * A chapter's MDX rendered to static HTML, followed by the definitions of the glossary terms it links
 * (`<script type="application/json" id="term-data">`, read by the popover, TermPopover).
 *
 * The prose is static: the browser shows it as is and React never hydrates its elements. Live demos
 * do not live in this HTML; they mount as separate islands on their own placeholders.
 */
export async function renderProse(slug: string): Promise<string> {
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = renderToStaticMarkup(<Content components={mdxComponents} />);
  return `${html}<script type="application/json" id="term-data">${termData(html)}</script>`;
}
