/**
 * The backend badge: a small 「计算：WASM」 that opens, by keyboard, touch or mouse, the details of
 * which backends were tried and why the others were not chosen, with a labelled switch; it stays
 * one short line on a phone, and its details stay on the screen.
 */
import { expect, test, type Page } from '@playwright/test';

const shellOf = (page: Page) => page.locator('[data-widget="attention"]');

async function open(page: Page, query: string) {
  await page.goto(`/embed/attention/?show=backend&${query}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
  return shellOf(page).locator('.backend-label');
}

test('keyboard: Enter opens the details, Escape closes them and keeps the focus on the badge', async ({ page }) => {
  const badge = await open(page, 'backend=wasm');
  await expect(badge).toHaveText('计算：WASM');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  const details = page.getByRole('group', { name: '计算后端详情' });
  await expect(details).toBeHidden();
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(details).toBeVisible();
  await expect(details).toContainText('用 WASM 计算，在 CPU 上，用 WebAssembly。');
  await expect(details.locator('[data-candidate="wasm"]')).toContainText('WASM：使用中');
  // every backend tried has a line; the ones not used say why in Chinese
  const lines = await details.locator('[data-candidate]').allTextContents();
  expect(lines.length).toBeGreaterThanOrEqual(2);
  for (const l of lines) expect(l).toMatch(/^(WebGPU|WebGL|WASM|JavaScript)：[\u4e00-\u9fff]/);
  await expect(details.getByLabel('切换计算后端')).toHaveValue('wasm');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(badge).toBeFocused();
});

test('the labelled switch changes the backend and the address; a press outside closes the details', async ({ page }) => {
  const badge = await open(page, 'backend=wasm');
  await badge.click();
  await page.getByLabel('切换计算后端').selectOption('cpu');
  await expect(shellOf(page)).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
  await expect(badge).toHaveText('计算：JavaScript');
  await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('backend'))).toBe('cpu');
  await page.mouse.click(2, 2);
  await expect(page.getByRole('group', { name: '计算后端详情' })).toBeHidden();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });
  test('the badge is one short line; tapped, its details stay on the screen', async ({ page }) => {
    const badge = await open(page, 'backend=wasm');
    const box = (await badge.boundingBox())!;
    expect(box.height).toBeLessThan(36);
    expect(box.width).toBeLessThan(140);
    await badge.tap();
    const details = page.getByRole('group', { name: '计算后端详情' });
    await expect(details).toBeVisible();
    const d = (await details.boundingBox())!;
    expect(d.x).toBeGreaterThanOrEqual(0);
    expect(d.x + d.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
