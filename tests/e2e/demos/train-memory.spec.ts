/**
 * The memory calculator (chapter 10, #faqx-memory): mounts with GPT-3's training memory as Node
 * computes it, reproduces the chapter's table (5, 3 and 35 GPUs of 80 GB), switches to inference
 * with the KV cache, restores a link, hides what hide= names, and works at 360×740.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaults } from '@/lib/demos/params';
import { bytesText } from '@/lib/demos/model-size/units';
import { PARAMS, compute } from '@/lib/demos/train-memory/params';
import { openDemo, watchErrors } from '../book';

const D = defaults(PARAMS);
const shellOf = (page: Page) => page.locator('[data-widget="train-memory"]');

const open = (page: Page, url: string) => openDemo(page, 'train-memory', url);

test('mounts in chapter 10 with GPT-3’s training memory and the chapter’s table', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, '/faq/#demo-train-memory');
  const r = compute(D);
  await expect(shell.getByTestId('tm-total')).toHaveText(bytesText(r.total, 3));
  await expect(shell.getByTestId('tm-gpus')).toHaveText(String(r.gpus));
  const faq = shell.locator('details.numbers').filter({ hasText: '第 10 章表格的三行' });
  await faq.locator('summary').click();
  const gpus = await faq.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(gpus.map((t) => Number(t.split('（')[0]))).toEqual([5, 3, 35]);
  expect(errors).toEqual([]);
});

test('batch, recomputation and inference change the numbers as Node computes them; the link restores them', async ({ page }) => {
  const shell = await open(page, '/embed/train-memory/?train-memory.batch=16');
  await expect(shell.getByTestId('tm-total')).toHaveText(bytesText(compute({ ...D, batch: 16 }).total, 3));
  await shell.getByLabel('激活重计算').selectOption('full');
  await expect(shell.getByTestId('tm-total')).toHaveText(bytesText(compute({ ...D, batch: 16, recompute: 'full' }).total, 3));
  await expect.poll(() => page.evaluate(() => location.search)).toContain('train-memory.recompute=full');
  await shell.getByLabel('用途', { exact: true }).selectOption('infer');
  await shell.locator('select[data-demo-run]').selectOption('llama-7b');
  const r = compute({ ...D, batch: 16, recompute: 'full', mode: 'infer', model: 'llama-7b' });
  await expect(shell.getByTestId('tm-total')).toHaveText(bytesText(r.total, 3));
  await expect(shell.getByTestId('tm-formula')).toContainText('KV 缓存');
  await page.reload();
  await expect(shellOf(page).getByTestId('tm-total')).toHaveText(bytesText(r.total, 3));
  await expect(shellOf(page).locator('select[data-demo-run]')).toHaveValue('llama-7b');
});

test('a sequence longer than GPT-2 reads is cut with a notice; hide= hides the chart and the formula', async ({ page }) => {
  const shell = await open(page, '/embed/train-memory/?train-memory.model=gpt2&train-memory.seq=4096&hide=chart,formula');
  await expect(shell.locator('.demo-notices')).toContainText('序列长度改为 1024');
  await expect(shell.getByTestId('tm-formula')).toHaveCount(0);
  await expect(shell.getByRole('img', { name: /显存按用途/ })).toHaveCount(0);
  await expect(shell.getByTestId('tm-total')).toHaveText(bytesText(compute({ ...D, model: 'gpt2', seq: 1024 }).total, 3));
});

test('at 360×740: the total and the model picker on screen, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const shell = await open(page, '/faq/#demo-train-memory');
  await shellOf(page).scrollIntoViewIfNeeded();
  await expect(shell.locator('select[data-demo-run]')).toBeInViewport();
  await expect(shell.getByTestId('tm-total')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
