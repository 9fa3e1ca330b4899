/**
 * What every demo shares: a static placeholder that reads without JavaScript, nothing of tfjs
 * fetched before the demo comes near, a forced failure that leaves the chapter readable, the embed
 * route, and a chapter's first-load JavaScript within budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMOS } from '@/lib/demos/registry';
import { firstLoadJs } from '../../../scripts/measure-js.mjs';
import { chapters } from '../book';

/** The demos placed in a chapter (`<Demo name="…" />`). */
const placed = DEMOS.filter((d) => fs.readFileSync(path.join('content', `${d.chapter}.mdx`), 'utf8').includes(`<Demo name="${d.name}" />`));

test('every demo is placed in its chapter', () => {
  expect(placed.map((d) => d.name)).toEqual(DEMOS.map((d) => d.name));
});

for (const demo of placed) {
  test.describe(demo.name, () => {
    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the placeholder describes the demo, with no empty box and no dead button', async ({ page }) => {
        await page.goto(`/${demo.chapter}/`);
        const figure = page.locator(`figure[data-demo="${demo.name}"]`);
        await expect(figure).toContainText(demo.description.slice(0, 20));
        await expect(figure.locator('.demo-nojs')).toBeVisible();
        await expect(figure.locator('[data-demo-load]')).toBeHidden();
        expect((await figure.boundingBox())!.height).toBeLessThan(Math.min(400, demo.height));
      });
    });

    // The mounted height against the reservation, at 360 and 1280 px: tests/e2e/demos/layout.spec.ts.
    test('the placeholder reserves the demo’s height, and tfjs is fetched only when the demo comes near', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      // A short window at the top of the chapter: every demo starts well below it (more than the
      // islands' 400 px look-ahead), so none may have loaded yet.
      await page.setViewportSize({ width: 1280, height: 400 });
      await page.goto(`/${demo.chapter}/`);
      const figure = page.locator(`figure[data-demo="${demo.name}"]`);
      await expect(figure.locator('[data-demo-load]')).toBeEnabled();
      expect((await figure.boundingBox())!.height).toBeGreaterThanOrEqual(demo.height - 1);
      await page.waitForLoadState('networkidle');
      const shell = page.locator(`[data-widget="${demo.name}"]`);
      const top = await figure.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(400 + 500);
      await expect(shell).toHaveCount(0);
      expect(fetched.filter((u) => u.includes('/tfjs/') || u.includes('/models/'))).toEqual([]);
      await figure.scrollIntoViewIfNeeded();
      await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
    });

    test('a demo that throws shows a message and a retry button; the chapter keeps working', async ({ page }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`/${demo.chapter}/?demo-fail=${demo.name}#demo-${demo.name}`);
      const alert = page.locator(`figure[data-demo="${demo.name}"] [role="alert"]`);
      await expect(alert).toContainText('演示出错了', { timeout: 30_000 });
      await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
      await expect(page.locator('h1')).toBeVisible();
      // AnchorLanding puts #demo-… back at the top once the fonts are in (components/layout/AnchorLanding.tsx):
      // let it, or that late scroll can move the page under the click below (seen once in CI).
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      await page.locator(`#${demo.section} a.heading-anchor`).click();
      await expect(page).toHaveURL(new RegExp(`#${demo.section}$`));
      expect(pageErrors).toEqual([]);
    });

    test('the embed route shows the demo alone, and hides what hide= names (an unknown name gets a notice)', async ({ page }) => {
      await page.goto(`/embed/${demo.name}/?hide=backend,share&${demo.name}.hide=nonsense`);
      const shell = page.locator(`[data-widget="${demo.name}"]`);
      await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expect(shell.locator('.backend-badge')).toHaveCount(0);
      await expect(shell.getByRole('button', { name: '复制链接' })).toHaveCount(0);
      await expect(shell.locator('.demo-notices')).toContainText('nonsense');
    });

    test(`a link in the old namespace (${demo.aliases[0]}.) still works and is rewritten to ${demo.name}.`, async ({ page }) => {
      await page.goto(`/embed/${demo.name}/?${demo.aliases[0]}.hide=share&${demo.aliases[0]}.bogus=1`);
      const shell = page.locator(`[data-widget="${demo.name}"]`);
      await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
      await expect(shell.getByRole('button', { name: '复制链接' })).toHaveCount(0);
      await expect(shell.locator('.demo-notices')).toContainText(`${demo.aliases[0]}.bogus`);
      await expect.poll(() => page.evaluate(() => location.search)).toBe(`?${demo.name}.hide=share`);
    });
  });
}

test('a chapter’s first-load JavaScript stays within 150 KiB gzip, demos or not', () => {
  const pages = chapters.map((c) => `/${c.slug}/`);
  const loads = pages.map((p) => ({ page: p, ...firstLoadJs(p) }));
  for (const { page, gzip } of loads) expect(gzip / 1024, page).toBeLessThanOrEqual(150);
  // Demos add nothing to the first load: chapters with one demo and with several load the very same
  // scripts (every chapter has a demo now, so the comparison is between how many).
  const demosOn = (page: string) => placed.filter((d) => `/${d.chapter}/` === page).length;
  expect(new Set(pages.map(demosOn)).size).toBeGreaterThan(1);
  expect(new Set(loads.map((l) => [...l.scripts].sort().join(' ')))).toHaveProperty('size', 1);
});
