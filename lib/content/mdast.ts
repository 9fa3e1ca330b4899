/**
 * An MDX source as a syntax tree (mdast), parsed as Next's MDX loader parses a chapter: remark-mdx
 * plus the site's remark syntax plugins (frontmatter, GFM, maths; see lib/mdx/plugins.mjs), before
 * the book's own transforms. The heading-id syntax needs no extension: `## 标题 [#sec-2-1]` parses
 * as a heading whose text ends in `[#sec-2-1]` (lib/mdx/heading-ids.mjs).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkMath);

/** The mdast of an MDX source; a syntax error throws with its line and column. */
export function parseMdx(source: string) {
  return processor.parse(source);
}

export type MdxTree = ReturnType<typeof parseMdx>;
