import { loadBook } from '@/lib/content/loader';
import { GlossaryBody } from '@/components/glossary/GlossaryBody';
import { NotationBody } from '@/components/notation/NotationBody';
import { renderProse } from './prose';

/**
 * Page bodies that are static HTML and never hydrated: each chapter's prose, the glossary, the
 * table of symbols. Each is rendered once, by the route app/prose/[chapter]/route.ts, and written
 * into its exported page by scripts/inject-prose.mjs, so the page carries it once, as HTML, and not
 * a second time in the React Server Components payload (docs/performance.md).
 */
const PAGE_BODIES = { glossary: GlossaryBody, notation: NotationBody } as const;

/** Every static body's name: a chapter's slug, or a page's (its address is /<name>/ either way). */
export function staticBodyNames(): string[] {
  return [...loadBook().map((c) => c.slug), ...Object.keys(PAGE_BODIES)];
}

export async function renderStaticBody(name: string): Promise<string> {
  const Body = PAGE_BODIES[name as keyof typeof PAGE_BODIES];
  if (!Body) return renderProse(name);
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(<Body />);
}
