import { expect, test } from '@playwright/test';
import { pages, sections, chapters } from './book';

test('every /s/ short link lands on its anchor', async ({ page }) => {
  for (const s of sections) {
    const chapter = chapters.find((c) => c.headings.some((h) => h.id === s.id))!;
    await page.goto(`/s/${s.short}/`);
    await expect(page, s.short).toHaveURL(new RegExp(`/${chapter.slug}/#${s.id}$`));
    // The section heading lands at the top of the window, not merely somewhere on screen.
    await expect.poll(() => page.locator(`#${s.id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top)), s.short).toBeLessThanOrEqual(40);
    await expect(page.locator(`#${s.id}`)).toBeInViewport();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('short links still redirect', async ({ page }) => {
    await page.goto('/s/2-3/');
    await expect(page).toHaveURL(/\/attention\/#sec-2-3$/);
  });
});

test('every internal link and anchor resolves', async ({ page, request }) => {
  const targets = new Map<string, string>(); // href → page it was found on
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      if (!targets.has(href)) targets.set(href, path);
    }
  }
  expect(targets.size).toBeGreaterThan(50);
  const idsByPath = new Map<string, Set<string>>();
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
});
