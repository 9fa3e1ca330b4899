import { expect, test } from '@playwright/test';
import { chapters } from './book';
import { DEMOS } from '@/lib/demos/registry';

/** The home page: what is live in the book, every demo with a link to it, and 开始阅读. */

test('every registered demo is listed, and its link lands on the demo', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('.lead')).toContainText(`${DEMOS.length} 个演示`);
  const entries = page.locator('[data-demo-entry]');
  expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-demo-entry')))).toEqual(DEMOS.map((d) => d.name));
  for (const d of DEMOS) {
    const entry = page.locator(`[data-demo-entry="${d.name}"]`);
    const chapter = chapters.find((c) => c.slug === d.chapter)!;
    await expect(entry).toContainText(d.title);
    await expect(entry).toContainText(chapter.title);
    await expect(entry.locator('svg.demo-preview')).toBeVisible();
    const link = entry.getByRole('link');
    await expect(link).toHaveAttribute('href', `/${d.chapter}/#demo-${d.name}`);
  }
  for (const d of DEMOS) {
    await page.goto('/');
    await page.locator(`[data-demo-entry="${d.name}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/${d.chapter}/#demo-${d.name}$`));
    // The landing is corrected once the page has run its scripts (AnchorLanding): slow on a loaded machine.
    await expect(page.locator(`#demo-${d.name}`)).toBeInViewport({ timeout: 20_000 });
  }
});

test('开始阅读 opens the first chapter', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^开始阅读/ }).click();
  await expect(page).toHaveURL(new RegExp(`/${chapters[0].slug}/$`));
  await expect(page.locator('h1')).toHaveText(chapters[0].title);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the contents begin on the first screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#contents')).toBeInViewport();
    await expect(page.locator('.book-contents a').first()).toBeInViewport();
    await expect(page.getByRole('link', { name: /^开始阅读/ })).toBeInViewport();
  });
});
