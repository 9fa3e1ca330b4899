import { renderStaticBody } from '@/components/mdx/static-html';

/**
 * Where a static page body goes (components/mdx/static-html.tsx). In the production build it is an
 * empty placeholder, filled after the export by scripts/inject-prose.mjs; React leaves the children
 * of an element with `dangerouslySetInnerHTML` alone when it hydrates, so it keeps what was written
 * there. Under `next dev` there is no export step, so the body is rendered in place.
 */
export async function StaticBody({ name, className }: { name: string; className: string }) {
  const html = process.env.NODE_ENV === 'production' ? '' : await renderStaticBody(name);
  return <div className={className} data-prose={name} dangerouslySetInnerHTML={{ __html: html }} />;
}
