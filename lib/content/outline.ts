/**
 * The course outline that /teach/ exports for syllabi and LMS pages: one row per chapter, section
 * and subsection (level-2 and level-3 headings) of the book, in reading order, as Markdown or CSV.
 */
import { chapterHref, chapterLabel, sectionLabel } from './book';
import type { Chapter } from './loader';
import { DOC_SECTIONS } from './sections';

export interface OutlineRow {
  /** "第 3 章" */
  chapter: string;
  /** The source document's number ("§2.1") when the heading is one of its sections, else ''. */
  section: string;
  /** The heading's title, without the document's number (that is in `section`). */
  title: string;
  /** 1 chapter, 2 section, 3 subsection. */
  level: 1 | 2 | 3;
  /** Path in the site, without the base path: "/gradient-descent/#sec-2-1". */
  path: string;
  /** The permanent short link's path ("/s/2-1/") for a document section, else ''. */
  short: string;
}

const docById = new Map(DOC_SECTIONS.map((s) => [s.id, s]));

export function courseOutline(chapters: readonly Pick<Chapter, 'slug' | 'chapter' | 'title' | 'headings'>[]): OutlineRow[] {
  const rows: OutlineRow[] = [];
  for (const c of chapters) {
    const chapter = chapterLabel(c);
    rows.push({ chapter, section: '', title: c.title, level: 1, path: chapterHref(c), short: '' });
    for (const h of c.headings) {
      if (h.depth === 4) continue;
      const doc = docById.get(h.id);
      const title = doc && h.title.startsWith(`${doc.number} `) ? h.title.slice(doc.number.length + 1) : h.title;
      rows.push({ chapter, section: doc ? sectionLabel(doc.number) : '', title, level: h.depth, path: chapterHref(c, h.id), short: doc ? `/s/${doc.short}/` : '' });
    }
  }
  return rows;
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * CSV with a header row (章,节,标题,网址,短链接), CRLF line ends and a byte-order mark, so that
 * Excel opens the Chinese text as UTF-8. `site` is the book's URL without a trailing slash.
 */
export function outlineCsv(rows: readonly OutlineRow[], site: string): string {
  const lines = [['章', '节', '标题', '网址', '短链接'], ...rows.map((r) => [r.chapter, r.section, r.title, site + r.path, r.short ? site + r.short : ''])];
  return `\uFEFF${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Markdown: a heading per chapter, a list item per section (subsections indented), each a link. */
export function outlineMarkdown(rows: readonly OutlineRow[], site: string, bookTitle: string): string {
  const out = [`# ${bookTitle}：课程大纲`, ''];
  for (const r of rows) {
    const text = r.title.replaceAll('[', '\\[').replaceAll(']', '\\]');
    if (r.level === 1) out.push('', `## ${r.chapter} [${text}](${site}${r.path})`, '');
    else out.push(`${r.level === 3 ? '  ' : ''}- ${r.section ? `${r.section} ` : ''}[${text}](${site}${r.path})${r.short ? `（短链接：${site}${r.short}）` : ''}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
