/**
 * The book served by Debian's nginx with the shipped deploy/nginx.conf and the build's CSP map
 * (scripts/nginx-test.mjs, started by playwright.config.ts for the projects nginx and
 * nginx-basepath): every demo runs under the policy (wasm backend, its run control pressed; the
 * code cell compiles and runs code; search runs in its worker), and the headers are the ones
 * docs/deploy.md promises. Every page's own load: pages.spec.ts, pages-basepath.spec.ts.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEMOS } from '@/lib/demos/registry';
import { inlineScripts } from '@/lib/deploy/headers.mjs';
import { build, watchCsp } from './csp';

test.describe('every demo runs under the CSP, on the wasm backend (compiled with wasm-unsafe-eval)', () => {
  // Each demo on its embed page (Next's build), and the demos with a worker on their chapter too: a
  // chapter is an islands page (scripts/islands.mjs), whose demos and workers are Vite's build, and
  // each worker's script carries its own policy.
  const runs = [
    ...DEMOS.map((d) => ({ name: d.name, demo: d.name, url: `/embed/${d.name}/` })),
    { name: 'on a chapter, trainer runs its worker under the CSP', demo: 'trainer', url: '/backprop/' },
    { name: 'on a chapter, gpt-train runs its worker under the CSP', demo: 'gpt-train', url: '/gpt-bert/' },
  ];
  for (const { name, demo, url } of runs) {
    test(name, async ({ page }, info) => {
      const { base } = build(info);
      const violations = await watchCsp(page);
      await page.goto(`${base}${url}?backend=wasm`);
      // On a chapter the demo mounts when it comes near; on its embed page, at once.
      await page.locator(`figure[data-demo="${demo}"]`).first().scrollIntoViewIfNeeded();
      const shell = page.locator(`[data-widget="${demo}"]`);
      await expect(shell).toHaveAttribute('data-backend', 'wasm', { timeout: 45_000 });
      await shell.locator('[data-demo-run]').first().click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_500);
      await expect(shell.locator('[role="alert"]')).toHaveCount(0);
      expect(violations).toEqual([]);
    });
  }

  for (const [where, url, figure] of [['an embed page', '/embed/code-cell/?backend=wasm', ''], ['a chapter', '/backprop/?backend=wasm', 'code-backprop']]) {
    test(`the code cell compiles and runs the reader’s code in its worker, on ${where}`, async ({ page }, info) => {
      const { base } = build(info);
      const violations = await watchCsp(page);
      await page.goto(`${base}${url}`);
      if (figure) await page.locator(`figure[data-demo="${figure}"]`).scrollIntoViewIfNeeded();
      const shell = page.locator(`[data-widget="${figure || 'code-cell'}"]`);
      await expect(shell.locator('[data-demo-run]')).toBeEnabled({ timeout: 45_000 });
      await shell.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText('print(tf.tensor1d([1, 2, 3]).sum())');
      await shell.locator('[data-demo-run]').click();
      await expect(shell.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'done', { timeout: 30_000 });
      await expect(shell.locator('[data-cell-output] pre')).toHaveText('6');
      expect(violations).toEqual([]);
    });
  }

  test('search runs in its worker and fetches its index', async ({ page }, info) => {
    const { base } = build(info);
    const violations = await watchCsp(page);
    await page.goto(`${base}/search/?q=${encodeURIComponent('梯度')}`);
    await expect(page.locator('a.search-result').first()).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
  });
});

test.describe('offline reading under the CSP', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker registers at the base path, precaches, and is revalidated on every visit', async ({ page, request }, info) => {
    const { base } = build(info);
    const violations = await watchCsp(page);
    await page.goto(`${base}/overview/`);
    await expect(page.locator('footer [data-offline]')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { scope: new URL(r?.scope ?? '').pathname, script: new URL(r?.active?.scriptURL ?? '').pathname };
    });
    expect(registration).toEqual({ scope: `${base}/`, script: `${base}/sw.js` });
    const res = await request.get(`${base}/sw.js`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-cache');
    expect(violations).toEqual([]);
  });
});

test.describe('headers', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  // A chapter (an islands page: the theme script alone; framed by the book only) and an embed page
  // (Next's runtime: its payload too; framed by any site, which is what it is for).
  for (const [page, inline, framedBy] of [['/gradient-descent/', 1, "'self'"], ['/embed/gd-explorer/', 3, '*']] as const) {
    test(`a page: its own inline scripts by hash, same origin only, framed as it should be, revalidated (${page})`, async ({ request }, info) => {
      const { base } = build(info);
      const response = await request.get(`${base}${page}`);
      expect(response.status()).toBe(200);
      const h = response.headers();
      const csp = directives(h['content-security-policy']);
      // The hashes of the scripts in the body nginx sent, computed here with Node's crypto.
      const hashes = inlineScripts(await response.text()).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
      expect(hashes.length).toBeGreaterThanOrEqual(inline);
      expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...new Set(hashes)]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual([framedBy]);
      // No eval, no other origin, no wildcard anywhere else in the policy.
      expect(h['content-security-policy'].replace(/frame-ancestors[^;]*/, '')).not.toMatch(/'unsafe-eval'|\bhttps?:|\*/);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['cache-control']).toBe('no-cache');
    });
  }

  test('hashed assets are immutable for a year; the wasm binary is application/wasm and not immutable', async ({ request }, info) => {
    const { base } = build(info);
    // An embed page's Next chunk, and a chapter's islands bundle (scripts/islands.mjs).
    for (const page of ['/embed/gd-explorer/', '/gradient-descent/']) {
      const html = await (await request.get(`${base}${page}`)).text();
      const chunk = /<script\b[^>]*\ssrc="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
      expect(chunk, page).toBeTruthy();
      const js = (await request.get(chunk!)).headers();
      expect(js['cache-control'], chunk).toBe('public, max-age=31536000, immutable');
      expect(js['x-content-type-options'], chunk).toBe('nosniff');
    }
    const wasm = await request.get(`${base}/tfjs/tfjs-backend-wasm.wasm`);
    expect(wasm.status()).toBe(200);
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    expect(wasm.headers()['cache-control']).toBeUndefined();
  });

  test('the build’s header files are not served; an unknown path gets the 404 page with its policy', async ({ request }, info) => {
    const { base } = build(info);
    for (const file of ['_headers', 'nginx-csp.conf']) expect((await request.get(`${base}/${file}`)).status(), file).toBe(404);
    const missing = await request.get(`${base}/no-such-page/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('<html');
    expect(missing.headers()['content-security-policy']).toMatch(/'sha256-/);
  });

  test('another site can frame an embed page but not a chapter', async ({ page, baseURL }, info) => {
    const { base } = build(info);
    // A host page on another origin: a server of the test's own on a free port (a page answered by
    // page.route would count as public, and Chromium keeps public pages from framing local ones).
    const body = `<iframe name="embed" width="900" height="700" src="${baseURL}${base}/embed/chain-rule/"></iframe><iframe name="chapter" width="900" height="300" src="${baseURL}${base}/gradient-descent/"></iframe>`;
    const server = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect(page.frameLocator('iframe[name="embed"]').locator('[data-widget="chain-rule"]')).toBeAttached({ timeout: 30_000 });
      await expect.poll(() => page.frame({ name: 'chapter' })?.url()).toMatch(/^chrome-error:|^about:blank/);
      // Chromium says why, once: the chapter's frame-ancestors 'self' (the embed's * let it in).
      await expect.poll(() => messages.filter((m) => m.includes('frame-ancestors'))).toEqual([expect.stringMatching(/^Framing .* violates .*"frame-ancestors 'self'"/)]);
    } finally {
      server.close();
    }
  });
});
