/**
 * Carries the query from a search result to the section it opens, so that the section can
 * highlight it. The result's link stays a plain `/<chapter>/#<id>`; the query travels in
 * sessionStorage, written when the reader follows the link and read once by the chapter page.
 */
const KEY = 'book-search-landing';

export interface Landing {
  q: string;
  /** The result's href, without the base path: `/gradient-descent/#sec-2-1`. */
  href: string;
}

export function rememberLanding(landing: Landing): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(landing));
  } catch {
    /* storage blocked: the link still works, without the highlight */
  }
}

/** The landing left for this page, if any (removed as it is read). */
export function takeLanding(): Landing | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (raw === null) return null;
    sessionStorage.removeItem(KEY);
    const v = JSON.parse(raw) as Partial<Landing> | null;
    return v && typeof v.q === 'string' && typeof v.href === 'string' ? { q: v.q, href: v.href } : null;
  } catch {
    return null;
  }
}
