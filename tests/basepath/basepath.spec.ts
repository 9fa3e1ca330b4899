/**
 * The book built with BASE_PATH=/course (`npm run build:basepath` → out-basepath/), served under
 * /course/ only (scripts/serve.mjs --base /course; / and every other path outside it is a 404, as
 * on a host that serves several sites). Every path the site names or fetches must be under /course/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH_PREFIX as BASE, BASEPATH_DIR } from '../../playwright.config';
import { bookPages, chapters } from '../e2e/book';
import { checkInternalLinks, checkShortLinks } from '../e2e/links';

test.beforeAll(() => {
  expect(fs.existsSync(path.join(BASEPATH_DIR, 'index.html')), `${BASEPATH_DIR}/ is missing: run "npm run build:basepath" first`).toBe(true);
});

const origin = (page: Page) => new URL(page.url()).origin;

/**
 * Every request of the page (same origin or not) and every answer of 400 or more. (Requests that
 * fail without an answer are not counted: Next aborts its own prefetches when the page changes.)
 */
function watchNetwork(page: Page) {
  const requests: URL[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url())));
  page.on('response', (r) => {
    // The 404 page itself answers 404 by design.
    if (r.status() >= 400 && !new URL(r.url()).pathname.startsWith(`${BASE}/404/`)) failed.push(`${r.status()} ${r.url()}`);
  });
  // data: and blob: URLs name no path; anything over http(s) must be this site's, under /course/.
  const outside = () => requests.filter((u) => /^https?:$/.test(u.protocol) && (u.origin !== origin(page) || !u.pathname.startsWith(`${BASE}/`))).map((u) => u.href);
  const clear = () => {
    requests.length = 0;
    failed.length = 0;
  };
  return { requests, failed, outside, clear };
}

/** Files under a folder, recursively, whose names end with one of the extensions. */
function filesIn(dir: string, exts: string[]): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => exts.some((e) => f.endsWith(e))).map((f) => path.join(dir, f));
}

test('the exported HTML and CSS name no site path outside /course/', () => {
  const bad: string[] = [];
  let checked = 0;
  const check = (file: string, value: string) => {
    if (!value.startsWith('/') || value.startsWith('//')) return;
    checked += 1;
    if (!value.startsWith(`${BASE}/`)) bad.push(`${path.relative(BASEPATH_DIR, file)}: ${value}`);
  };
  for (const file of filesIn(BASEPATH_DIR, ['.html'])) {
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|action|poster|data|formaction|imagesrcset|srcset)="([^"]*)"/g)) {
      for (const part of m[1].split(',')) check(file, part.trim().split(/\s+/)[0]);
    }
    for (const m of html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]*)"/gi)) check(file, m[1]);
  }
  for (const file of filesIn(BASEPATH_DIR, ['.css'])) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) check(file, m[1]);
  }
  expect(bad).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test('the site answers only under /course/', async ({ request }) => {
  expect((await request.get(`${BASE}/gradient-descent/`)).status()).toBe(200);
  expect((await request.get('/gradient-descent/', { maxRedirects: 0 })).status()).toBe(404);
  const root = await request.get('/', { maxRedirects: 0 });
  expect(root.status()).toBe(302);
  expect(root.headers().location).toBe(`${BASE}/`);
});

test('every page loads with no failed request and none outside /course/; KaTeX CSS and fonts come from /course/katex/', async ({ page }) => {
  const net = watchNetwork(page);
  for (const url of bookPages(BASE)) {
    net.clear();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    expect(net.failed, url).toEqual([]);
    expect(net.outside(), url).toEqual([]);
  }
  // A chapter: the stylesheet applies and its fonts are really used (loaded, not merely requested).
  net.clear();
  await page.goto(`${BASE}/${chapters[2].slug}/`);
  await page.waitForLoadState('networkidle');
  const katex = net.requests.map((u) => u.pathname).filter((p) => p.includes('/katex/'));
  expect(katex).toContain(`${BASE}/katex/katex.min.css`);
  expect(katex.filter((p) => p.startsWith(`${BASE}/katex/fonts/`) && p.endsWith('.woff2')).length).toBeGreaterThanOrEqual(2);
  expect(net.failed).toEqual([]);
  const fontsLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded').map((f) => f.family);
  });
  expect(fontsLoaded).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math']));
  expect(await page.locator('.katex').first().evaluate((el) => getComputedStyle(el).fontFamily)).toContain('KaTeX_Main');
});

test('every /course/s/ short link lands on its section', async ({ page }) => {
  test.setTimeout(180_000); // 22 page loads; one took 60 s on a loaded machine
  await checkShortLinks(page, BASE);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('short links redirect within /course/', async ({ page }) => {
    await page.goto(`${BASE}/s/2-1/`);
    await expect(page).toHaveURL((url) => url.pathname + url.hash === `${BASE}/gradient-descent/#sec-2-1`);
    await expect(page.locator('#sec-2-1')).toBeVisible();
  });
});

test('every internal link and anchor resolves under /course/', async ({ page, request }) => {
  test.setTimeout(180_000);
  await checkInternalLinks(page, request, BASE);
});

test('the embed route /course/embed/gd-explorer/ loads the demo and links back under /course/', async ({ page }) => {
  const net = watchNetwork(page);
  const response = await page.goto(`${BASE}/embed/gd-explorer/?backend=cpu`);
  expect(response?.status()).toBe(200);
  const shell = page.locator('[data-widget="gd-explorer"]');
  await expect(shell).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
  const back = page.getByRole('link', { name: '阅读本节' });
  expect(new URL((await back.evaluate((a) => (a as HTMLAnchorElement).href))).pathname).toBe(`${BASE}/gradient-descent/`);
  await page.waitForLoadState('networkidle');
  expect(net.failed).toEqual([]);
  expect(net.outside()).toEqual([]);
});

// Needs the demo code to take its paths from lib/paths.ts (TFJS_WASM_PATH, modelsPath, withBase).
test('on /course/gradient-descent/ the demo computes, fetching tfjs only from /course/tfjs/', async ({ page }) => {
  const net = watchNetwork(page);
  await page.goto(`${BASE}/gradient-descent/?backend=wasm`);
  await page.locator('figure[data-demo="gd-explorer"]').scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="gd-explorer"][data-backend]:not([data-backend=""])');
  await expect(shell).toHaveCount(1, { timeout: 30_000 });
  const assets = () => net.requests.map((u) => u.pathname).filter((p) => /\/(tfjs|models)\//.test(p));
  expect(assets().filter((p) => !p.startsWith(`${BASE}/`)), 'tfjs/models requests outside /course/').toEqual([]);
  // ?backend=wasm is honoured only if its binaries load (from /course/tfjs/); else it falls back.
  await expect(shell).toHaveAttribute('data-backend', 'wasm');
  expect(assets().filter((p) => p.startsWith(`${BASE}/tfjs/`) && p.endsWith('.wasm')).length).toBeGreaterThanOrEqual(1);
  const before = await shell.getAttribute('data-steps');
  await shell.getByRole('button', { name: '单步' }).click();
  await expect(shell).not.toHaveAttribute('data-steps', before ?? '');
  await expect(shell).toHaveAttribute('data-steps', '1');
  expect(net.failed).toEqual([]);
  expect(net.outside()).toEqual([]);
});
