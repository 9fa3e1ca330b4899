/**
 * The islands build (scripts/islands.mjs, lib/islands.mjs, docs/performance.md "Islands"): the pages
 * whose only client components are the site's chrome load the islands bundle instead of Next's
 * runtime, and the chrome works there as on every other page: the search box lists results, the
 * theme toggle switches, the footer says where offline reading stands; no hydration warning.
 */
import { expect, test, type Page } from '@playwright/test';

/**
 * The pages that must be islands pages: chapters (their parts are marked islands) and /teach/ (its
 * islands take props) included. The embed pages keep Next's runtime (each is one demo, in full).
 */
const ISLAND_PAGES = ['/', '/errata/', '/changelog/', '/glossary/', '/notation/', '/s/', '/exercises/backprop/', '/search/', '/backprop/', '/gradient-descent/', '/teach/'];

const scripts = (page: Page) => page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));

test('the islands pages load the islands bundle and nothing of Next; an embed page keeps Next', async ({ page }) => {
  for (const url of ISLAND_PAGES) {
    await page.goto(url);
    const srcs = await scripts(page);
    expect(srcs.filter((s) => s.includes('/_next/static/islands/')), `${url}: the islands bundle`).toHaveLength(1);
    expect(srcs.filter((s) => s.includes('/_next/static/chunks/')), `${url}: Next's chunks`).toEqual([]);
    expect(await page.evaluate(() => 'TURBOPACK' in globalThis || '__next_f' in self), `${url}: Next's runtime`).toBe(false);
  }
  await page.goto('/embed/trainer/');
  const srcs = await scripts(page);
  expect(srcs.some((s) => s.includes('/_next/static/chunks/'))).toBe(true);
  expect(srcs.some((s) => s.includes('/_next/static/islands/'))).toBe(false);
});

test('on an islands page the search box finds, the theme toggle switches, and nothing warns', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    // Playwright blocks service workers unless a test allows them: the status says so, as it should.
    if ((m.type() === 'error' || m.type() === 'warning') && !/离线阅读不可用|Service Worker registration blocked by Playwright/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/errata/');
  const box = page.locator('header.site-header input[type="search"]');
  await box.fill('反向传播');
  const popup = page.locator('#site-search-results');
  await expect(popup).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();

  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await bg();
  await page.locator('.site-header-tools .theme-toggle').click();
  await expect.poll(bg).not.toBe(before);
  expect(problems).toEqual([]);
});

test.describe('with service workers', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the footer of an islands page registers the service worker and says the book is saved', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/changelog/');
    await expect(page.locator('footer [data-offline]')).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
  });
});

test('a chapter’s parts hydrate as rendered: the contents follow the reading, a demo mounts, no part is switched off', async ({ page }) => {
  const problems: string[] = [];
  // The warnings of the islands bundle (components/islands/chrome.tsx), of Enhancement (a part that
  // threw) and of React (hydration).
  page.on('console', (m) => /islands:|switched off|hydrat|Minified React error/i.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/backprop/');
  const figure = page.locator('figure[data-demo="chain-rule"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('[data-widget="chain-rule"]')).toHaveAttribute('data-backend', /./, { timeout: 45_000 });
  const id = await figure.evaluate((f) => {
    let h: Element | null = f;
    while (h && !/^H[23]$/.test(h.tagName)) h = h.previousElementSibling ?? h.parentElement;
    return h?.id ?? '';
  });
  expect(id).not.toBe('');
  await expect(page.locator(`nav.toc a[href="#${id}"]`)).toHaveAttribute('aria-current', 'location');
  expect(problems).toEqual([]);
});

test('/teach/’s islands hydrate with the props the page wrote: a copy button copies its own row’s address, no warning', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  page.on('console', (m) => /islands:|switched off|hydrat|Minified React error/i.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/teach/');
  const marked = page.locator('[data-island="CopyUrlButton"]');
  expect(await marked.count()).toBeGreaterThan(20);
  // The third row's button: its props (in data-props) name its own short link.
  const island = marked.nth(2);
  const { path } = JSON.parse((await island.getAttribute('data-props'))!) as { path: string };
  expect(path).toMatch(/^\/s\//);
  await island.getByRole('button').click();
  await expect(island.getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, baseURL).href);
  expect(problems).toEqual([]);
});
