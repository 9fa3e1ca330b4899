import type { ComponentProps } from 'react';
import { withBase } from '@/lib/paths';

/**
 * A Markdown link in a chapter: `[§2.1](/gradient-descent/#sec-2-1)`. The prose is rendered to
 * static HTML, not through Next's <Link>, so a site path gets the base path here
 * (`/course/gradient-descent/#sec-2-1`); `#anchor`, relative and external links are left as written.
 */
export function Anchor({ href, ...rest }: ComponentProps<'a'>) {
  const sitePath = typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');
  return <a href={sitePath ? withBase(href) : href} {...rest} />;
}
