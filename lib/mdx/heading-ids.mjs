// @ts-check
/**
 * Explicit, permanent heading ids for MDX.
 *
 * Authors write `## 2.1 梯度下降 [#sec-2-1]`. MDX parses `[#sec-2-1]` as plain text (it is not a
 * link without a definition), so no syntax extension is needed. This remark plugin strips the
 * suffix and sets the id. Automatic slugs of Chinese headings would be unreadable and would change
 * whenever a title is edited; these ids never do.
 *
 * Rules (a broken rule fails the build, naming the file):
 * - every heading of depth 2–4 carries an id; `#` (depth 1) is reserved for the chapter title;
 * - ids are lowercase ASCII: a letter, then letters, digits and hyphens;
 * - an id appears once per file (book-wide uniqueness is checked by the content loader).
 *
 * Plain JavaScript so that next.config.mjs can pass it to Turbopack as an absolute path string.
 */
import { visit } from 'unist-util-visit';

/** Matches the `[#id]` suffix of a heading's text. */
export const HEADING_ID_SUFFIX = /\s*\[#([^\]\s]*)\]\s*$/;
/** What a valid id looks like. */
export const VALID_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Splits a heading's source text into its title and id.
 * @param {string} text
 * @returns {{ title: string, id: string | null }}
 */
export function splitHeadingId(text) {
  const m = HEADING_ID_SUFFIX.exec(text);
  if (!m) return { title: text.trim(), id: null };
  return { title: text.slice(0, m.index).trim(), id: m[1] };
}

/** @returns {(tree: any, file: any) => void} */
export default function remarkHeadingIds() {
  return (tree, file) => {
    /** @type {Set<string>} */
    const seen = new Set();
    const where = file?.path ?? 'MDX';
    visit(tree, 'heading', (/** @type {any} */ node) => {
      const line = node.position?.start?.line ?? '?';
      if (node.depth === 1) {
        throw new Error(`${where}:${line}: use ## or deeper; the chapter title comes from the frontmatter`);
      }
      if (node.depth > 4) return;
      const last = node.children[node.children.length - 1];
      const parsed = last && last.type === 'text' ? splitHeadingId(last.value) : { id: null, title: '' };
      if (!parsed.id) {
        throw new Error(`${where}:${line}: heading has no permanent id; end it with [#some-id]`);
      }
      if (!VALID_ID.test(parsed.id)) {
        throw new Error(`${where}:${line}: heading id "${parsed.id}" must be lowercase ASCII (a-z, 0-9, -)`);
      }
      if (seen.has(parsed.id)) {
        throw new Error(`${where}:${line}: duplicate heading id "${parsed.id}"`);
      }
      seen.add(parsed.id);
      last.value = last.value.replace(HEADING_ID_SUFFIX, '');
      if (last.value === '') node.children.pop();
      node.data = { ...node.data, id: parsed.id, hProperties: { ...node.data?.hProperties, id: parsed.id } };
    });
  };
}
