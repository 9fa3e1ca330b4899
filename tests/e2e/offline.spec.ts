/**
 * Offline reading (docs/offline.md): the service worker precaches the book on the first visit; the
 * footer says so; offline, both chapters read before reload and read in full, a demo run before runs
 * again from the runtime cache, and one never run (its weights, or its worker) says clearly why it
 * cannot start.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { openDemo, axe } from './book';

test.use({ serviceWorkers: 'allow' });

const status = (page: Page) => page.locator('footer [data-offline]');
const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

test('after one visit the book reads offline; a demo used before runs, one never used says why', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/gradient-descent/');
  await expect(status(page)).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
  await expect(status(page)).toHaveText('本书已保存在这台设备上，离线也能阅读。');
  await expect.poll(() => controlled(page), { timeout: 15_000 }).toBe(true);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    let n = 0;
    for (const name of names) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
  expect(cached).toBeGreaterThan(100);

  // The two chapters as read online (textContent: content-visibility keeps innerText short).
  const chapters = [['/gradient-descent/', '梯度下降'], ['/backprop/', '反向传播']] as const;
  const online: Record<string, string> = {};
  for (const [url] of chapters) {
    await page.goto(url);
    online[url] = (await page.locator('article').textContent()) ?? '';
    expect(online[url].length, `${url} online`).toBeGreaterThan(3000);
  }

  // Online: run the mini BERT once, so that its weights reach the runtime cache.
  await openDemo(page, 'mini-bert', '/embed/mini-bert/', 60_000);
  await expect(page.locator('[data-predictions][aria-busy="false"] [data-position]')).toHaveCount(2, { timeout: 30_000 });

  await context.setOffline(true);
  for (const [url, title] of chapters) {
    await page.goto(url);
    await expect(page.locator('h1')).toContainText(title);
    expect(await page.locator('article').textContent(), `${url} reads in full offline`).toBe(online[url]);
    // (Playwright's offline mode leaves navigator.onLine true, so the footer's 离线中 is not checked here.)
    await expect(status(page)).toHaveAttribute('data-offline', 'ready');
  }

  // The demo used before: same weights, same predictions, from the cache.
  const bert = await openDemo(page, 'mini-bert', '/embed/mini-bert/', 60_000);
  await expect(page.locator('[data-predictions][aria-busy="false"] [data-position]')).toHaveCount(2, { timeout: 30_000 });
  await expect(bert.locator('[data-model-error]')).toHaveCount(0);

  // A demo never used: its page is there, its weights are not; the reader is told why.
  await page.goto('/embed/mini-gpt/');
  const alert = page.locator('[data-widget="mini-gpt"] [data-model-error]');
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(alert).toContainText('现在处于离线状态');
  await expect(alert).toContainText('请联网后再用一次');

  // A chapter's demo whose worker never ran: the worker's script is cached on first use only
  // (lib/offline/policy.mjs), so it cannot start, and the reader is told why. (The browser's own
  // offline flag is set by hand: Playwright's offline mode leaves navigator.onLine true.)
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
  await page.goto('/backprop/');
  const trainer = page.locator('figure[data-demo="trainer"]');
  await trainer.scrollIntoViewIfNeeded();
  await expect(trainer.locator('[role="alert"]')).toContainText('现在处于离线状态，而这个演示的计算线程还没有保存到本机', { timeout: 60_000 });
  await expect(page.locator('h1')).toContainText('反向传播');
});

/**
 * A second origin in front of the book's test server that can "deploy a new build": once `bump()`
 * is called, its sw.js has one byte more, as a new build's worker would differ. (Playwright's
 * routes do not see the browser's own fetch of a worker script, so this is a real server.)
 */
async function deployableProxy(target: string) {
  let bumped = false;
  const server = http.createServer(async (req, res) => {
    const upstream = await fetch(new URL(req.url ?? '/', target), { redirect: 'manual' });
    const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(k)));
    let body = Buffer.from(await upstream.arrayBuffer());
    if (bumped && req.url?.endsWith('/sw.js')) body = Buffer.concat([body, Buffer.from('\n// next build\n')]);
    res.writeHead(upstream.status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, bump: () => (bumped = true), close: () => new Promise((r) => server.close(r)) };
}

test('a new build is offered, never forced: 以后再说 keeps the page, 更新 switches to it', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const proxy = await deployableProxy(baseURL ?? '');
  try {
    const worker = () => page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { active: !!r?.active, waiting: !!r?.waiting };
    });
    await page.goto(`${proxy.url}/glossary/`);
    await expect(status(page)).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
    proxy.bump();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const bar = page.getByRole('status').filter({ hasText: '本书有新版本' });
    await expect(bar).toBeVisible({ timeout: 60_000 });
    // Not forced: the new worker waits until the reader answers.
    expect(await worker()).toEqual({ active: true, waiting: true });
    const result = await axe(page).include('footer').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await bar.getByRole('button', { name: '以后再说' }).click();
    await expect(bar).toBeHidden();
    await page.reload();
    await expect(bar).toBeVisible({ timeout: 30_000 });
    expect(await worker()).toEqual({ active: true, waiting: true });
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: '更新' }).click()]);
    await expect.poll(worker, { timeout: 30_000 }).toEqual({ active: true, waiting: false });
    await expect(bar).toBeHidden();
    await expect(status(page)).toHaveAttribute('data-offline', 'ready');
  } finally {
    await proxy.close();
  }
});
