import { expect, test } from '@playwright/test';
import { checkInternalLinks, checkShortLinks } from './links';

test('every /s/ short link lands on its anchor', async ({ page }) => {
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
  await checkInternalLinks(page, request, '');
});
