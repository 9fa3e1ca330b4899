/**
 * 复制链接 and 嵌入: the link carries the current set-up; inside a page that does not allow the
 * clipboard (an iframe without allow="clipboard-write") the URL is shown to copy by hand; the embed
 * snippet allows the clipboard.
 */
import { expect, test } from '@playwright/test';

test('when the clipboard is refused, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('/embed/chain-rule/?chain-rule.w11=-1.5');
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '复制链接' }).click();
  await expect(shell.locator('.demo-share-status')).toContainText('无法访问剪贴板');
  const manual = shell.getByLabel('要复制的内容');
  await expect(manual).toHaveValue(/\/backprop\/\?chain-rule\.w11=-1\.5#demo-chain-rule$/);
});

test('the embed snippet allows the clipboard and carries the set-up', async ({ page }) => {
  await page.goto('/embed/chain-rule/?chain-rule.w11=-1.5');
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '嵌入' }).click();
  const snippet = await shell.locator('.demo-embed textarea').inputValue();
  expect(snippet).toContain('allow="clipboard-write"');
  expect(snippet).toContain('/embed/chain-rule/?chain-rule.w11=-1.5');
});
