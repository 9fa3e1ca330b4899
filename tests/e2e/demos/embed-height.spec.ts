/**
 * Embeds that fit: the snippet from 嵌入, pasted into a page of another origin, sizes its iframe to
 * the demo (no scrollbar inside) at a phone's and a laptop's width, and ignores height messages
 * that do not come from its own iframe.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_HEIGHT_MESSAGE } from '@/components/demos/shell/embed';

/** The snippet the book gives for chain-rule with a set-up, read from its 嵌入 panel. */
async function snippetFromBook(page: Page): Promise<string> {
  await page.goto('/embed/chain-rule/?show=share&chain-rule.w11=-1.5');
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '嵌入' }).click();
  return shell.locator('.demo-embed textarea').inputValue();
}

/**
 * A host page on another origin holding the snippet between two paragraphs, served by a server of
 * its own on 127.0.0.1 (a real loopback response: Chromium's Local Network Access blocks a page whose
 * address it does not know, such as one fulfilled by page.route, from framing localhost).
 */
async function openHost(page: Page, snippet: string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><body style="margin:0"><p>课程讲义</p>${snippet}<p>下一段</p></body>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/lesson.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-widget="chain-rule"]')).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  return page.locator('iframe');
}

const servers: Server[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** The embed document's own height and whether it scrolls inside the iframe. */
const inner = (page: Page) =>
  page.frames()[1]!.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));

for (const width of [360, 1280]) {
  test(`the pasted snippet sizes its iframe to the demo in a ${width} px host`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const snippet = await snippetFromBook(page);
    expect(snippet).toContain('<script>');
    const iframe = await openHost(page, snippet);
    await expect
      .poll(async () => {
        const box = await iframe.boundingBox();
        const doc = await inner(page);
        return Math.abs((box?.height ?? 0) - doc.height) <= 1 && !doc.scrolls;
      }, { timeout: 20_000 })
      .toBe(true);
    expect((await iframe.boundingBox())!.height).toBeGreaterThan(300);
  });
}

test('on a wide host the frame shrinks from the fallback height, and the host’s own messages do not resize it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const iframe = await openHost(page, await snippetFromBook(page));
  await expect.poll(async () => (await inner(page)).scrolls, { timeout: 20_000 }).toBe(false);
  // The height attribute (used without the script) is the tallest reserved height, a phone's.
  const fallback = Number(await iframe.getAttribute('height'));
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 20_000 }).toBeLessThan(fallback - 100);
  const before = (await iframe.boundingBox())!.height;
  await page.evaluate((type) => window.postMessage({ type, height: 50 }, '*'), EMBED_HEIGHT_MESSAGE);
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())!.height).toBe(before);
});
