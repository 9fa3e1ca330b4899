// @ts-check
/**
 * The one list of MDX plugins, shared by next.config.mjs (as strings, which Turbopack requires) and
 * by the tests and the content checker (as functions). Keep the two views in step by editing here.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const headingIdsPlugin = fileURLToPath(new URL('./heading-ids.mjs', import.meta.url));
export const focusableMathPlugin = fileURLToPath(new URL('./rehype-focusable-math.mjs', import.meta.url));
/** Links each section's first occurrence of a glossary term to /glossary/ (after KaTeX, so formulas are skipped). */
export const termLinksPlugin = fileURLToPath(new URL('./rehype-term-links.mjs', import.meta.url));

/**
 * Options for KaTeX. Formulas are rendered at build time; no KaTeX JavaScript reaches the page.
 * @type {{ strict: 'ignore', output: 'htmlAndMathml' }}
 */
export const katexOptions = { strict: 'ignore', output: 'htmlAndMathml' };

/**
 * The glossary's hash, passed to the term-links plugin as an option: the compiled chapters depend on
 * content/glossary.json, which the bundler does not see, and the options are part of its cache key.
 */
const glossaryVersion = createHash('sha256')
  .update(fs.readFileSync(new URL('../../content/glossary.json', import.meta.url)))
  .digest('hex')
  .slice(0, 16);

/** Plugin names as Next's MDX loader takes them. */
export const remarkPluginNames = ['remark-frontmatter', 'remark-gfm', 'remark-math', headingIdsPlugin];
/** @type {any[]} */
export const rehypePluginNames = [['rehype-katex', katexOptions], focusableMathPlugin, [termLinksPlugin, { version: glossaryVersion }]];
