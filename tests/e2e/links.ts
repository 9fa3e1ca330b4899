/**
 * The link checks, parametrised by the base path the site was built with: tests/e2e/links.spec.ts
 * runs them on out/ ('' base), tests/basepath/basepath.spec.ts on out-basepath/ ('/course').
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { bookPages, chapters, sections } from './book';

/** Every /s/ short link redirects to its chapter's anchor, and the heading lands at the top. */
export async function checkShortLinks(page: Page, base: string) {
  for (const s of sections) {
    const chapter = chapters.find((c) => c.headings.some((h) => h.id === s.id))!;
    await page.goto(`${base}/s/${s.short}/`);
    const expected = `${base}/${chapter.slug}/#${s.id}`;
    await expect(page, `${s.short} → ${expected}`).toHaveURL((url) => url.pathname + url.hash === expected);
    // The section heading lands at the top of the window, just below the sticky header (not under
    // it), not merely somewhere on screen.
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const below = () => page.locator(`#${s.id}`).evaluate((el, h) => Math.round(el.getBoundingClientRect().top - h), headerBottom);
    await expect.poll(below, s.short).toBeLessThanOrEqual(40);
    expect(await below(), s.short).toBeGreaterThanOrEqual(0);
    await expect(page.locator(`#${s.id}`)).toBeInViewport();
  }
}

/**
 * Every same-origin link of every page is under the base path, answers 200, and its #anchor names
 * an element of the page it points to.
 */
export async function checkInternalLinks(page: Page, request: APIRequestContext, base: string) {
  const targets = new Map<string, string>(); // href → page it was found on
  // The ids of each page, read on the same visit as its links: a second visit for every #anchor
  // target was most of this test's time. Only a target outside bookPages() is visited again below.
  const idsByPath = new Map<string, Set<string>>();
  for (const path of bookPages(base)) {
    await page.goto(path);
    idsByPath.set(new URL(page.url()).pathname, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      if (!targets.has(href)) targets.set(href, path);
    }
  }
  expect(targets.size).toBeGreaterThan(50);
  const outside = [...targets].filter(([href]) => !new URL(href).pathname.startsWith(`${base}/`));
  expect(outside.map(([href, from]) => `${href} (linked from ${from})`), `links outside ${base}/`).toEqual([]);
  for (const [href, from] of targets) {
    const url = new URL(href);
    const response = await request.get(url.pathname);
    expect(response.status(), `${href} (linked from ${from})`).toBe(200);
    if (!url.hash) continue;
    if (!idsByPath.has(url.pathname)) {
      await page.goto(url.pathname);
      idsByPath.set(url.pathname, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    }
    expect(idsByPath.get(url.pathname)!.has(decodeURIComponent(url.hash.slice(1))), `${href} (linked from ${from})`).toBe(true);
  }
}
