import { expect, test } from '@playwright/test';
import { chapters } from './book';

/**
 * A chapter's prose (and the glossary's and the table of symbols' bodies) reaches the reader once: in the page's HTML (scripts/inject-prose.mjs), not a
 * second time inside the React Server Components payload (docs/performance.md); and hydration keeps
 * it, with links between pages that are full page loads (components/layout/BookLink.tsx).
 */
/**
 * Every page whose body is static HTML (components/mdx/static-html.tsx), and where its text is. All
 * of them are islands pages (scripts/islands.mjs): they load no Next runtime and carry no inline
 * payload at all; the payload Next exports for a client-side navigation (index.txt) is still there,
 * and must not hold the body either.
 */
const bodies = [
  ...chapters.map((c) => ({ path: `/${c.slug}/`, text: '.mdx > p', chapter: true })),
  { path: '/glossary/', text: '[data-prose="glossary"] dd > p', chapter: false },
  { path: '/notation/', text: '[data-prose="notation"] > p', chapter: false },
  { path: '/exercises/backprop/', text: '.handout-statement > p', chapter: false },
];

for (const b of bodies) {
  test(`${b.path}: the body is in the HTML once and in no RSC payload`, async ({ page, request }) => {
    await page.goto(b.path);
    // A run of text from the body, long enough to be found nowhere else by chance. Taken from one
    // text node, so that no tag (a glossary link) sits inside it in the HTML.
    const sample = await page.locator(b.text).first().evaluate((p) => {
      const texts = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
      const runs = texts.flatMap((t) => t.match(/[\u4e00-\u9fff，、]{14,}/g) ?? []);
      return runs.sort((a, b) => b.length - a.length)[0] ?? '';
    });
    expect(sample.length, 'a run of 14+ Chinese characters in the first paragraph').toBeGreaterThanOrEqual(14);
    const html = await (await request.get(b.path)).text();
    expect(html.split(sample).length - 1, 'times in the HTML').toBe(1);
    // The payload Next exports for a client-side navigation; and none inlined in the page.
    const payload = await (await request.get(`${b.path}index.txt`)).text();
    expect(payload.length).toBeGreaterThan(1000);
    expect(payload.includes(sample)).toBe(false);
    expect(html.includes('self.__next_f'), 'an inline payload').toBe(false);
    // After hydration the body is still there (a chapter's with its glossary data).
    await page.waitForLoadState('networkidle');
    await expect(page.locator(b.text).first()).toContainText(sample);
    await expect(page.locator('#term-data')).toHaveCount(b.chapter ? 1 : 0);
  });
}

test('links between chapters are full page loads, so every chapter arrives with its prose', async ({ page }) => {
  await page.goto(`/${chapters[0].slug}/`);
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/${chapters[1].slug}/$`));
  await expect(page.locator('.mdx > p').first()).not.toBeEmpty();
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBeUndefined();
});
