/** Shared helpers for tests that read the book's MDX sources. */
import fs from 'node:fs';
import path from 'node:path';

/** The mdast of an MDX file, parsed as Next's MDX loader does (before our own plugins). */
export { parseMdx } from '@/lib/content/mdast';

export const CONTENT = path.join(process.cwd(), 'content');

export function contentFiles(): string[] {
  return fs
    .readdirSync(CONTENT)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(CONTENT, f));
}
