import { expect, test } from '@playwright/test';
import { checkInternalLinks, checkShortLinks } from './links';

test('every /s/ short link lands on its anchor', async ({ page }) => {
  test.setTimeout(180_000); // 22 page loads; one took 60 s on a loaded machine
  await checkShortLinks(page, '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('short links still redirect', async ({ page }) => {
    await page.goto('/s/2-3/');
    await expect(page).toHaveURL(/\/attention\/#sec-2-3$/);
  });
});

test('every internal link and anchor resolves', async ({ page, request }) => {
  test.setTimeout(180_000);
  await checkInternalLinks(page, request, '');
});
