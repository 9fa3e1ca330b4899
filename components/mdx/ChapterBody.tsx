import { renderProse } from './prose';
import { KatexAssets } from './KatexAssets';

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
  return (
    <>
      <KatexAssets />
      <div className="mdx" data-prose={slug} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
