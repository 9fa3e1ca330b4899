import { expect, test, type Page } from '@playwright/test';
import { chapters } from './book';
import { DEMOS } from '@/lib/demos/registry';

/**
 * A printed chapter: each demo becomes a figure (its title, what it does, the full address with the
 * reader's set-up), and the answers of the exercises, closed on screen, go to an appendix at the end.
 */
test.use({ viewport: { width: 1280, height: 800 } });

/** The page's effects have run (the print handlers among them): the contents mark the section read. */
const hydrated = (page: Page) => expect(page.locator('nav.toc a[aria-current="location"]')).toHaveCount(1);

test('each demo prints as a figure with its title, description and full address', async ({ page }) => {
  const demos = DEMOS.filter((d) => d.chapter === 'gradient-descent');
  expect(demos.length).toBeGreaterThan(0);
  await page.goto('/gradient-descent/?gd-explorer.lr=0.05');
  // What the address bar holds when the page is printed (a mounted demo may have rewritten it).
  await page.waitForLoadState('networkidle');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const here = await page.evaluate(() => ({ origin: location.origin, search: location.search }));
  expect(here.search).toContain('lr=0.05');
  for (const d of demos) {
    await expect(page.locator(`figure[data-demo="${d.name}"]`)).toBeHidden();
    const figure = page.locator(`[data-demo-print="${d.name}"]`);
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText(`演示：${d.title}`);
    await expect(figure).toContainText(d.description);
    await expect(figure.locator('.demo-print-url a')).toHaveText(`${here.origin}/gradient-descent/${here.search}#demo-${d.name}`);
  }
  // On screen the print figure is not there.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-demo-print]').first()).toBeHidden();
});

test('the answers print in an appendix at the chapter\u2019s end, and come back after', async ({ page }) => {
  const chapter = chapters.find((c) => c.slug === 'gradient-descent')!;
  await page.goto(`/${chapter.slug}/`);
  await hydrated(page);
  const answers = page.locator('article details.answer');
  const count = await answers.count();
  expect(count).toBeGreaterThan(2);
  const texts = await page.locator('article details.answer .answer-body').evaluateAll((els) => els.map((e) => e.textContent));

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const appendix = page.locator('article .answers-appendix');
  await expect(appendix).toBeVisible();
  expect(await page.locator('article > :last-child').evaluate((el) => el.className)).toBe('answers-appendix');
  await expect(appendix.locator('li')).toHaveCount(count);
  expect(await appendix.locator('li .answer-body').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(texts);
  await expect(appendix.locator('li').last()).toBeVisible();
  // Each exercise says where its answer is; no dead 查看答案 is printed.
  await expect(page.locator('article .answer-ref')).toHaveCount(count);
  await expect(page.locator('article .answer-ref').nth(1)).toHaveText('答案见本章末「本章练习答案」第 2 条。');
  await expect(page.locator('article details.answer summary').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(50_000);

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(appendix).toHaveCount(0);
  await expect(page.locator('article .answer-ref')).toHaveCount(0);
  expect(await page.locator('article details.answer .answer-body').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(texts);
  await expect(page.getByText('查看答案').first()).toBeVisible();
});

test('without JavaScript, the answers print in place', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/backprop/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article details.answer .answer-body').first()).toBeVisible();
  await expect(page.locator('[data-demo-print]').first()).toBeVisible();
  await context.close();
});
