/**
 * 复制链接 and 嵌入: the link carries the current set-up; inside a page that does not allow the
 * clipboard (an iframe without allow="clipboard-write") the URL is shown to copy by hand; the embed
 * snippet allows the clipboard. On /embed/ the buttons (and the backend badge) show only when the
 * link asks for them with show=.
 */
import { expect, test } from '@playwright/test';

test('when the clipboard is refused, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('/embed/chain-rule/?show=share&chain-rule.w11=-1.5');
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '复制链接' }).click();
  await expect(shell.locator('.demo-share-status')).toContainText('无法访问剪贴板');
  const manual = shell.getByLabel('要复制的内容');
  await expect(manual).toHaveValue(/\/backprop\/\?chain-rule\.w11=-1\.5#demo-chain-rule$/);
});

test('the embed snippet allows the clipboard and carries the set-up', async ({ page }) => {
  await page.goto('/embed/chain-rule/?show=share&chain-rule.w11=-1.5');
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '嵌入' }).click();
  const snippet = await shell.locator('.demo-embed textarea').inputValue();
  expect(snippet).toContain('allow="clipboard-write"');
  expect(snippet).toContain('/embed/chain-rule/?show=share&amp;chain-rule.w11=-1.5');
});

test('on /embed/ the badge and the share buttons are hidden unless show= asks for them; in the chapter they are there', async ({ page }) => {
  const shell = page.locator('[data-widget="chain-rule"]');
  const ready = () => expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await page.goto('/embed/chain-rule/');
  await ready();
  await expect(shell.locator('.backend-badge')).toHaveCount(0);
  await expect(shell.getByRole('button', { name: '复制链接' })).toHaveCount(0);
  await expect(shell.locator('.demo-toolbar')).toHaveCount(0);

  await page.goto('/embed/chain-rule/?show=backend');
  await ready();
  await expect(shell.locator('.backend-badge')).toBeVisible();
  await expect(shell.getByRole('button', { name: '复制链接' })).toHaveCount(0);

  await page.goto('/embed/chain-rule/?show=backend,share&hide=share');
  await ready();
  await expect(shell.locator('.backend-badge')).toBeVisible();
  await expect(shell.getByRole('button', { name: '复制链接' })).toHaveCount(0);

  await page.goto('/backprop/#demo-chain-rule');
  await ready();
  await expect(shell.locator('.backend-badge')).toBeVisible();
  await expect(shell.getByRole('button', { name: '复制链接' })).toBeVisible();
});
