/**
 * Search under /course/: the index and the worker are fetched from under the base path, and the
 * results link to /course/<chapter>/#<id>, from a page with Next's runtime and from an islands page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_PATH_PREFIX as BASE, BASEPATH_DIR } from '../../playwright.config';

test.beforeAll(() => {
  expect(fs.existsSync(path.join(BASEPATH_DIR, 'search-index.json')), `${BASEPATH_DIR}/search-index.json is missing: run "npm run build:basepath"`).toBe(true);
});

// A chapter runs Next's runtime; /errata/ the islands bundle (scripts/islands.mjs), built for the base too.
for (const from of ['/gradient-descent/', '/errata/']) test(`the header search on ${from} fetches under /course/ and links there`, async ({ page }) => {
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${BASE}${from}`);
  await page.locator('header.site-header input[type="search"]').fill('学习率');
  const links = page.locator('header.site-header [data-search-results] a.search-result');
  // The first query waits for the worker, the index (about 310 KiB) and its first results: 20 s, as
  // in tests/e2e/search.spec.ts, for a loaded machine.
  await expect(links.first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const h of hrefs) expect(h).toMatch(new RegExp(`^${BASE}/[a-z0-9-]+/#[a-z0-9-]+$`));
  expect(requests).toContain(`${BASE}/search-index.json`);
  expect(requests.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
  expect(failed).toEqual([]);

  const target = hrefs.find((h) => !h.startsWith(`${BASE}/glossary/`))!;
  await page.locator(`header.site-header a.search-result[href="${target}"]`).click();
  await page.waitForURL((u) => `${u.pathname}${u.hash}` === target);
  await expect(page.locator('.mdx mark.search-hit').first()).toBeAttached();
});
