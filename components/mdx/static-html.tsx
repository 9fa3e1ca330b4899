import { loadBook } from '@/lib/content/loader';
import { GlossaryBody } from '@/components/glossary/GlossaryBody';
import { NotationBody } from '@/components/notation/NotationBody';
import { HANDOUT_PREFIX, renderHandout } from '@/components/handout/HandoutBody';
import { renderProse } from './prose';

/**
 * Page bodies that are static HTML and never hydrated: each chapter's prose, the glossary, the
 * table of symbols, each chapter's exercise sheet (`exercises-<slug>`, on /exercises/<slug>/). Each is rendered once, by the route app/prose/[chapter]/route.ts, and written
 * into its exported page by scripts/inject-prose.mjs, so the page carries it once, as HTML, and not
 * a second time in the React Server Components payload (docs/performance.md).
 */
const PAGE_BODIES = { glossary: GlossaryBody, notation: NotationBody } as const;

/**
 * Every static body's name: a chapter's slug or a page's (its address is /<name>/ either way), or
 * a handout's (`exercises-<slug>`). scripts/inject-prose.mjs finds each body's page by the
 * placeholder that names it.
 */
export function staticBodyNames(): string[] {
  const book = loadBook();
  return [
    ...book.map((c) => c.slug),
    ...Object.keys(PAGE_BODIES),
    ...book.filter((c) => c.exercises.length > 0).map((c) => `${HANDOUT_PREFIX}${c.slug}`),
  ];
}

export async function renderStaticBody(name: string): Promise<string> {
  if (name.startsWith(HANDOUT_PREFIX)) return renderHandout(name.slice(HANDOUT_PREFIX.length));
  const Body = PAGE_BODIES[name as keyof typeof PAGE_BODIES];
  if (!Body) return renderProse(name);
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(<Body />);
}
