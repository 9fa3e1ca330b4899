/** Shared helpers for tests that read the book's MDX sources. */
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

export const CONTENT = path.join(process.cwd(), 'content');

export function contentFiles(): string[] {
  return fs
    .readdirSync(CONTENT)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(CONTENT, f));
}

/** The mdast of an MDX file, parsed as Next's MDX loader does (before our own plugins). */
export function parseMdx(source: string) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkMath).parse(source);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function walk(node: any, fn: (n: any) => void): void {
  fn(node);
  if (Array.isArray(node.children)) for (const c of node.children) walk(c, fn);
}
