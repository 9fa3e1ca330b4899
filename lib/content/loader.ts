/**
 * Reads `content/*.mdx`, validates every chapter and the book as a whole, and returns what the
 * routes need: chapter order, titles, summaries and each chapter's headings (for the on-page
 * contents and the short links). Runs at build time only (it reads the file system).
 *
 * Any broken rule throws an Error that names the file, which fails `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseFrontmatter, type Frontmatter } from './schema';
import { DOC_SECTIONS, sectionByNumber } from './sections';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { splitHeadingId, VALID_ID } from '../mdx/heading-ids.mjs';
import { parseMdx, type MdxTree } from './mdast';

export interface Heading {
  depth: 2 | 3 | 4;
  /** Plain-text title (markdown and math delimiters removed). */
  title: string;
  id: string;
}

/** A 勘误 note: what the document said, and the section of the book that corrects it. */
export interface Erratum {
  said: string;
  /** Id of the heading the note sits under. */
  sectionId: string;
}

/** An <Exercise title="…">, and the section it sits under (printed on its handout, /exercises/<slug>/). */
export interface ExerciseRef {
  title: string;
  /** Id of the heading the exercise sits under. */
  sectionId: string;
}

export interface Chapter extends Frontmatter {
  /** URL segment, from the file name: `content/gradient-descent.mdx` → `/gradient-descent/`. */
  slug: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  headings: Heading[];
  errata: Erratum[];
  exercises: ExerciseRef[];
}

export const CONTENT_DIR = path.join(process.cwd(), 'content');

/** Parses an MDX source; a syntax error names the file (the parser's message gives line:column). */
function parse(source: string, file: string): MdxTree {
  try {
    return parseMdx(source);
  } catch (e) {
    throw new Error(`${file}: MDX does not parse: ${(e as Error).message}`);
  }
}

/**
 * Headings of an MDX source (a string, or its tree from parseMdx), depth 2–4, with their ids and
 * plain-text titles (the text of the heading: markup, math delimiters and link targets dropped).
 * Exported for tests.
 */
export function extractHeadings(source: string | MdxTree, file: string): Heading[] {
  const tree = typeof source === 'string' ? parse(source, file) : source;
  const headings: Heading[] = [];
  visit(tree, 'heading', (node) => {
    const line = node.position?.start.line ?? '?';
    if (node.depth === 1) throw new Error(`${file}:${line}: use ## or deeper; the title comes from the frontmatter`);
    if (node.depth > 4) return;
    const { title, id } = splitHeadingId(toString(node));
    if (!id) throw new Error(`${file}:${line}: heading "${title}" has no permanent id; end it with [#some-id]`);
    if (!VALID_ID.test(id)) throw new Error(`${file}:${line}: heading id "${id}" must be lowercase ASCII`);
    headings.push({ depth: node.depth as 2 | 3 | 4, title, id });
  });
  return headings;
}

/**
 * The <Erratum said="…"> notes of an MDX source (a string, or its tree), each with the heading it
 * sits under. Exported for tests.
 */
export function extractErrata(source: string | MdxTree, headings: Heading[], file: string): Erratum[] {
  return componentsUnderHeadings(source, headings, file, 'Erratum').map(({ node, sectionId }) => {
    const said = attribute(node, 'said');
    if (said === undefined) {
      throw new Error(`${file}:${node.position?.start.line ?? '?'}: an <Erratum> needs said="…" (the words of the document it corrects)`);
    }
    return { said, sectionId };
  });
}

/** The <Exercise title="…"> boxes of an MDX source, in order, each with the heading it sits under. */
export function extractExercises(source: string | MdxTree, headings: Heading[], file: string): ExerciseRef[] {
  return componentsUnderHeadings(source, headings, file, 'Exercise').map(({ node, sectionId }) => ({
    title: attribute(node, 'title') ?? '',
    sectionId,
  }));
}

type JsxNode = Extract<MdxTree['children'][number], { type: 'mdxJsxFlowElement' }>;

/** A string attribute of an MDX JSX element (`said="…"`), or undefined. */
function attribute(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

/** Every <Name …> element of a source, in order, with the id of the heading it sits under. */
function componentsUnderHeadings(source: string | MdxTree, headings: Heading[], file: string, name: string) {
  const tree = typeof source === 'string' ? parse(source, file) : source;
  const found: { node: JsxNode; sectionId: string }[] = [];
  let current: string | null = null;
  visit(tree, (node) => {
    if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) {
      current = splitHeadingId(toString(node)).id ?? current;
      return;
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== name) return;
    const under = current;
    if (!under || !headings.some((x) => x.id === under)) throw new Error(`${file}: an <${name}> must sit under a heading`);
    found.push({ node: node as JsxNode, sectionId: under });
  });
  return found;
}

/** Reads and validates one chapter file. */
export function loadChapter(absPath: string): Chapter {
  const file = path.relative(process.cwd(), absPath);
  const slug = path.basename(absPath, '.mdx');
  if (!/^[a-z][a-z0-9-]*$/.test(slug)) throw new Error(`${file}: file name must be a lowercase ASCII slug`);
  const raw = fs.readFileSync(absPath, 'utf8');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (e) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(e as Error).message}`);
  }
  const fm = parseFrontmatter(parsed.data, file);
  const tree = parse(raw, file); // the whole file, so that messages give its own line numbers
  const headings = extractHeadings(tree, file);
  for (const number of fm.sections) {
    const id = sectionByNumber(number)!.id;
    if (!headings.some((h) => h.id === id)) {
      throw new Error(`${file}: frontmatter lists section ${number} but no heading has id "${id}"`);
    }
  }
  return { ...fm, slug, file, headings, errata: extractErrata(tree, headings, file), exercises: extractExercises(tree, headings, file) };
}

/** Checks rules that span chapters: order, coverage of the document, book-wide unique ids. */
export function validateBook(chapters: Chapter[]): void {
  chapters.forEach((c, i) => {
    if (c.chapter !== i + 1) {
      throw new Error(`${c.file}: chapter numbers must run 1..${chapters.length} without gaps (found ${c.chapter} at position ${i + 1})`);
    }
  });
  const owner = new Map<string, string>();
  for (const c of chapters) {
    for (const h of c.headings) {
      const prev = owner.get(h.id);
      if (prev) throw new Error(`${c.file}: heading id "${h.id}" is already used in ${prev}`);
      owner.set(h.id, c.file);
    }
  }
  const coveredBy = new Map<string, string>();
  for (const c of chapters) {
    for (const n of c.sections) {
      if (coveredBy.has(n)) throw new Error(`${c.file}: section ${n} is already covered by ${coveredBy.get(n)}`);
      coveredBy.set(n, c.file);
    }
  }
  for (const s of DOC_SECTIONS) {
    if (!owner.has(s.id)) throw new Error(`content/: no chapter has the heading id "${s.id}" (document section ${s.number})`);
    if (!coveredBy.has(s.number)) throw new Error(`content/: no chapter lists section ${s.number} in its frontmatter`);
  }
}

const cache = new Map<string, Chapter[]>();

/** All chapters in reading order, validated. */
export function loadBook(dir: string = CONTENT_DIR): Chapter[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const chapters = files.map((f) => loadChapter(path.join(dir, f))).sort((a, b) => a.chapter - b.chapter);
  validateBook(chapters);
  cache.set(dir, chapters);
  return chapters;
}

export function chapterBySlug(slug: string, dir?: string): Chapter | undefined {
  return loadBook(dir).find((c) => c.slug === slug);
}

/** The chapter holding a heading id, for short links. */
export function locate(id: string, dir?: string): { chapter: Chapter; heading: Heading } | undefined {
  for (const chapter of loadBook(dir)) {
    const heading = chapter.headings.find((h) => h.id === id);
    if (heading) return { chapter, heading };
  }
  return undefined;
}
