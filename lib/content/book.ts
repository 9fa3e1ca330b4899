/** Book-wide constants and helpers shared by the routes. */
import type { Chapter } from './loader';

export const BOOK_TITLE = '大模型互动教科书';

/** The URL of a chapter, or of an anchor in it. Trailing slash: the site is exported with one. */
export function chapterHref(chapter: Pick<Chapter, 'slug'>, id?: string): string {
  return `/${chapter.slug}/${id ? `#${id}` : ''}`;
}

/** "第 3 章" */
export function chapterLabel(chapter: Pick<Chapter, 'chapter'>): string {
  return `第 ${chapter.chapter} 章`;
}

/** "§2.1", "§Q1": how the document's numbering is cited. */
export function sectionLabel(number: string): string {
  return `§${number}`;
}
