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

  // What a screen reader reads is Chromium's own accessibility tree, with the reader running from
  // the start (--force-renderer-accessibility). Skipped content (content-visibility: auto on the
  // MathML twins here, on a chapter's off-screen blocks) stays in it; without that flag the tree is
  // built lazily and leaves skipped content out (401 → 0 formulas here), and Playwright's aria
  // snapshot, computed from the DOM, shows the math either way (docs/performance.md, "Lever 6").
  test("every formula is in the browser's accessibility tree as MathML, for a screen reader", async ({ playwright, launchOptions }) => {
    const browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--force-renderer-accessibility'] });
    try {
      for (const path of ['/notation/', '/backprop/']) {
        const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: { width: 360, height: 740 } });
        await page.goto(path);
        // Not those in a closed answer (<details>) or a print-only block: hidden from everyone.
        const formulas = await page.locator('.katex').evaluateAll((all) => all.filter((k) => k.checkVisibility()).length);
        expect(formulas).toBeGreaterThan(300);
        const cdp = await page.context().newCDPSession(page);
        await expect
          .poll(async () => {
            const { nodes } = await cdp.send('Accessibility.getFullAXTree');
            return nodes.filter((n) => n.role?.value === 'MathMLMath' && !n.ignored).length;
          }, { message: path })
          .toBe(formulas);
        await page.close();
      }
    } finally {
      await browser.close();
    }
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
