import { expect, test } from '@playwright/test';
import { loadNotation, symbolId } from '@/lib/content/notation';
import { watchErrors } from './book';

const table = loadNotation();

test.describe('/notation/ (符号表)', () => {
  test('lists every symbol in a linkable row, rendered by KaTeX at build time without KaTeX JS', async ({ page }) => {
    const errors = watchErrors(page);
    // KaTeX's own JavaScript carries this message; the page must not ship it (formulas are static HTML).
    const katexJs: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script' && (await r.text()).includes('KaTeX parse error')) katexJs.push(r.url());
    });
    await page.goto('/notation/');
    await expect(page.locator('h1')).toHaveText('符号表');
    await expect(page.locator('tr[id^="sym-"]')).toHaveCount(table.length);
    for (const e of [table[0], table.find((x) => x.tex === 'd_{\\text{model}}')!, table[table.length - 1]]) {
      const row = page.locator(`#${symbolId(e.tex)}`);
      await expect(row.locator('th .katex')).toHaveCount(1);
      await expect(row.locator('th math annotation')).toHaveText(e.tex);
    }
    await page.waitForLoadState('networkidle');
    expect(katexJs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a row link and a first-use link land where they say', async ({ page }) => {
    await page.goto('/notation/#sym-theta');
    await expect(page.locator('#sym-theta')).toBeInViewport();
    const entry = table.find((e) => e.tex === 'n_{\\text{layer}}')!;
    const link = page.locator(`#${symbolId(entry.tex)} td a`);
    await expect(link).toHaveAttribute('href', new RegExp(`#${entry.firstUse}$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${entry.firstUse}$`));
    await expect(page.locator(`#${entry.firstUse}`)).toBeVisible();
  });

  // axe on /notation/ in light and dark: reading.spec.ts runs it on every page of bookPages(), this
  // one included (it ran twice, here and there, ~35 s each on the CI machine).

  test('the home page links to it', async ({ page }) => {
    await page.goto('/');
    await page.locator('main').getByRole('link', { name: '符号表', exact: true }).first().click();
    await expect(page).toHaveURL(/\/notation\/$/);
  });
});
