import { renderStaticBody, staticBodyNames } from '@/components/mdx/static-html';

/**
 * /prose/<name>: a static page body (a chapter's prose, the glossary, the table of symbols) as HTML,
 * written at build time into the export and moved from there into out/<name>/index.html by
 * scripts/inject-prose.mjs (which then deletes out/prose/).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticBodyNames().map((chapter) => ({ chapter }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chapter: string }> }) {
  const html = await renderStaticBody((await params).chapter);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
