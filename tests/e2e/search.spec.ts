/**
 * Search in the browser: the header box on every page (and `/`, Ctrl-K), nothing of the search
 * loaded before the reader uses it, results as links to /<chapter>/#<id>, arrows and Enter, the
 * landing that marks the query in the section, the shareable /search/?q= page, the message when
 * nothing matches, hostile queries, axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors, axeViolations, axe } from './book';

const box = (page: Page) => page.locator('header.site-header input[type="search"]');
const popup = (page: Page) => page.locator('header.site-header [data-search-results]');
const RESULT_HREF = /^\/[a-z0-9-]+\/#[a-z0-9-]+$/;

const hrefs = (page: Page, list = popup(page)) => list.locator('a.search-result').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

test('every kind of page has the search box in its header', async ({ page }) => {
  for (const path of ['/', '/gradient-descent/', '/errata/', '/s/', '/search/']) {
    await page.goto(path);
    await expect(box(page), path).toBeVisible();
    await expect(box(page)).toHaveAccessibleName('搜索全书');
  }
});

test('no first-load script of any page holds search code or the index address', () => {
  for (const page of ['/', '/search/', '/gradient-descent/', '/errata/']) {
    const html = fs.readFileSync(path.join('out', page, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].split('?')[0]);
    // Next's chunks, or on a page with nothing but the chrome the islands bundle (scripts/islands.mjs).
    expect(scripts.length, page).toBeGreaterThanOrEqual(1);
    for (const src of scripts) {
      const code = fs.readFileSync(path.join('out', src), 'utf8');
      // MiniSearch's option names, and the address only the lazily loaded client knows.
      expect(code, `${page} ${src}`).not.toMatch(/combineWith|addAllAsync|search-index\.json/);
    }
  }
  // The same words do occur in the code loaded on focus, in both builds, so the check above can fail.
  const lazy = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && /combineWith|search-index\.json/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  expect(lazy('out/_next/static/chunks').length).toBeGreaterThanOrEqual(2);
  expect(lazy('out/_next/static/islands').length).toBeGreaterThanOrEqual(1);
});

test('nothing of the search is fetched before the first focus; then the index and the worker', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/attention/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /search-index|search\.worker|turbopack-worker/.test(u))).toEqual([]);
  const index = page.waitForRequest(/\/search-index\.json$/);
  await box(page).focus();
  await index;
});

test('/search/ focuses its box but fetches the index only at the first key', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/search/');
  await expect(page.locator('#search-page-q')).toBeFocused();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /search-index|search\.worker/.test(u))).toEqual([]);
  const index = page.waitForRequest(/\/search-index\.json$/);
  await page.keyboard.type('梯度');
  await index;
  await expect(page.locator('main a.search-result').first()).toBeVisible();
});

test('/ and Ctrl-K focus the box; typing lists sections as /<chapter>/#<id> links with the match marked', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/attention/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();

  await page.keyboard.type('自注意力');
  // This chapter's demos mount as the page loads and share the machine's cores with the worker.
  await expect(popup(page).locator('a.search-result').first()).toBeVisible({ timeout: 20_000 });
  const links = await hrefs(page);
  expect(links.length).toBeGreaterThan(3);
  for (const h of links) expect(h).toMatch(h.startsWith('/glossary/') ? /^\/glossary\/#term-[a-z0-9-]+$/ : RESULT_HREF);
  expect(links).toContain('/attention/#sec-2-3');
  await expect(popup(page).locator('mark').filter({ hasText: '自注意力' }).first()).toBeVisible();
  await expect(popup(page).locator('a.search-result').first()).toContainText('›');
  expect(errors).toEqual([]);
});

test('arrow keys move through the results and Enter lands on the section with the query marked', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('鞍点');
  await expect(popup(page).locator('a.search-result').first()).toBeVisible();
  const links = await hrefs(page);
  const target = links.findIndex((h) => !h.startsWith('/glossary/'));
  expect(target).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('ArrowDown');
  await expect(popup(page).locator('a.search-result').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
  await expect(popup(page).locator('a.search-result').nth(target)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => `${u.pathname}${u.hash}` === links[target]);
  const id = links[target].split('#')[1];
  await expect(page.locator(`#${id}`)).toBeInViewport();
  const marks = page.locator('.mdx mark.search-hit');
  await expect(marks.first()).toBeAttached();
  expect(await marks.allTextContents()).toContain('鞍点');
  // Every mark is in that section: after its heading, before the next one.
  const inSection = await page.evaluate((hid) => {
    const heading = document.getElementById(hid)!;
    const all = [...document.querySelectorAll('.mdx h2, .mdx h3, .mdx h4')];
    const next = all[all.indexOf(heading) + 1];
    return [...document.querySelectorAll('mark.search-hit')].every(
      (m) => heading.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING && (!next || next.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_PRECEDING),
    );
  }, id);
  expect(inSection).toBe(true);
});

test('a query with no result says so and suggests what to try', async ({ page }) => {
  await page.goto('/errata/');
  await box(page).fill('量子纠缠');
  const empty = page.locator('header.site-header [data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('没有找到包含「量子纠缠」的章节');
  await expect(empty).toContainText('术语表');
  await page.keyboard.press('Escape');
  await expect(empty).toBeHidden();
});

test('/search/?q= lists every result, keeps the query in the address, and shares it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/?q=softmax');
  const list = page.locator('main [data-search-results]');
  await expect(list.locator('a.search-result').first()).toBeVisible();
  await expect(page.locator('#search-page-q')).toHaveValue('softmax');
  await expect(page.locator('main [role="status"]')).toContainText(/找到 \d+ 个相关章节/);
  const links = await hrefs(page, list);
  expect(links.length).toBeGreaterThan(8);
  expect(links.filter((h) => !h.startsWith('/glossary/')).every((h) => RESULT_HREF.test(h))).toBe(true);
  await page.locator('#search-page-q').fill('梯度下降');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D$/);
  // The two headings that are the query itself come first (section 2.1 and the glossary's entry).
  await expect(list.locator('a.search-result').first()).toHaveAttribute('href', /^\/(gradient-descent\/#sec-2-1|glossary\/#term-gradient-descent)$/);
  expect((await hrefs(page, list)).slice(0, 2).sort()).toEqual(['/glossary/#term-gradient-descent', '/gradient-descent/#sec-2-1']);
  expect(errors).toEqual([]);
});

test('hostile ?q= values give a safe page', async ({ page }) => {
  const errors = watchErrors(page);
  for (const q of ['%00%01%E2%80%AE', '(.*%2B%3F%5B', '%E0%A4%A', encodeURIComponent('<img src=x onerror=alert(1)>'), 'x'.repeat(5000)]) {
    await page.goto(`/search/?q=${q}`);
    await expect(page.locator('h1')).toHaveText('搜索');
    await expect(page.locator('#search-page-q')).toBeVisible();
    const value = await page.locator('#search-page-q').inputValue();
    expect(value.length).toBeLessThanOrEqual(64);
    expect(value).not.toMatch(/[\u0000-\u001f\u202e]/);
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the open results pass axe in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=学习率');
    await expect(page.locator('main [data-search-results] a').first()).toBeVisible();
    await box(page).fill('注意力');
    await expect(popup(page).locator('a.search-result').first()).toBeVisible();
    const result = await axe(page).analyze();
    expect(axeViolations(result), scheme).toEqual([]);
  }
});
