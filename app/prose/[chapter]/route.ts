import { loadBook } from '@/lib/content/loader';
import { renderProse } from '@/components/mdx/prose';

/**
 * /prose/<chapter>: a chapter's prose as HTML, written at build time into the export and moved from
 * there into out/<chapter>/index.html by scripts/inject-prose.mjs (which then deletes out/prose/).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadBook().map((c) => ({ chapter: c.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chapter: string }> }) {
  const html = await renderProse((await params).chapter);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
