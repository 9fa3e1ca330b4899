import type { AnchorHTMLAttributes } from 'react';
import { withBase } from '@/lib/paths';

/**
 * A link to a page of the book: a plain `<a>`, so following it is a full page load.
 *
 * Every page is static HTML, and a chapter's prose is written into its HTML after the build, not
 * into the React Server Components payload that Next's `<Link>` fetches for a client-side
 * navigation (docs/performance.md). A `<Link>` to a chapter would therefore show it without its
 * text. Plain links also mean no prefetching of other pages' payloads on a phone's connection.
 */
export function BookLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={withBase(href)} {...rest} />;
}
