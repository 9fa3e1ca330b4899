/** The glossary under BASE_PATH=/course: term links, the popover's link and /glossary/ stay under /course/. */
import { expect, test } from '@playwright/test';
import { BASE_PATH_PREFIX as BASE } from '../../playwright.config';

test('term links and the popover lead to /course/glossary/#term-<id>', async ({ page }) => {
  await page.goto(`${BASE}/attention/`);
  const link = page.locator('.mdx a.term').first();
  const id = await link.getAttribute('data-term');
  await expect(link).toHaveAttribute('href', `${BASE}/glossary/#term-${id}`);
  await link.focus();
  const more = page.getByRole('tooltip').getByRole('link', { name: '查看术语表' });
  await expect(more).toHaveAttribute('href', `${BASE}/glossary/#term-${id}`);
  await more.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/glossary/#term-${id}$`));
  await expect(page.locator(`#term-${id}`)).toBeVisible();
  // An entry's "见" link opens its chapter under the base path too.
  await expect(page.locator(`#term-${id} .glossary-meta a`).first()).toHaveAttribute('href', new RegExp(`^${BASE}/[a-z-]+/#[a-z0-9-]+$`));
});
