/**
 * The size calculator (chapter 1, #ov-scale): mounts in the chapter with GPT-3's exact count, each
 * preset shows the count Node computes for it (the mini GPT's equals the shipped manifest's), the
 * sliders move the count and the URL, a link restores a shape, hide= hides parts, and it works at
 * 360×740.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PRESETS } from '@/lib/models/arch-presets';
import { countParams, estimate12 } from '@/lib/models/architectures';
import { openDemo, watchErrors } from '../book';

const shellOf = (page: Page) => page.locator('[data-widget="model-size"]');
const int = (n: number) => n.toLocaleString('en-US');

const open = (page: Page, url: string) => openDemo(page, 'model-size', url);

test('mounts in chapter 1 with GPT-3’s exact count, and every preset gives Node’s count', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, '/overview/#demo-model-size');
  await expect(shell.getByTestId('ms-total')).toHaveText('174.6 B');
  await expect(shell.locator('[data-demo-visual]')).toContainText('174,604,259,328 个参数');
  const picker = shell.locator('select[data-demo-run]');
  for (const p of PRESETS) {
    const before = Number(await shell.getAttribute('data-steps'));
    await picker.selectOption(p.key);
    const n = countParams(p.arch);
    await expect(shell.locator('[data-demo-visual]')).toContainText(`${int(n.total)} 个参数`);
    await expect(shell.getByTestId('ms-formula')).toContainText(`= ${int(n.total)}`);
    await expect(shell.getByTestId('ms-ratio')).toHaveText((n.total / estimate12(p.arch)).toPrecision(4));
    expect(Number(await shell.getAttribute('data-steps'))).toBeGreaterThan(before);
  }
  // the last preset chosen is in the address, and the mini GPT's count is the shipped model's
  await picker.selectOption('mini-gpt');
  const manifest = JSON.parse(fs.readFileSync('public/models/gpt.json', 'utf8')) as { parameters: number };
  await expect(shell.locator('[data-demo-visual]')).toContainText(`${int(manifest.parameters)} 个参数`);
  await expect.poll(() => page.evaluate(() => location.search)).toContain('model-size.layers=3');
  expect(errors).toEqual([]);
});

test('a slider changes the shape, the picker says 自定义, and the link restores it', async ({ page }) => {
  const shell = await open(page, '/embed/model-size/?model-size.layers=24&model-size.d=2048&model-size.heads=16');
  const arch = { ...PRESETS.find((p) => p.key === 'gpt3')!.arch, layers: 24, dModel: 2048, heads: 16 };
  await expect(shell.locator('[data-demo-visual]')).toContainText(`${int(countParams(arch).total)} 个参数`);
  await expect(shell.locator('select[data-demo-run]')).toHaveValue('');
  const layers = shell.getByLabel('层数 L');
  await layers.focus();
  await page.keyboard.press('ArrowRight');
  await expect(shell.locator('[data-demo-visual]')).toContainText(`${int(countParams({ ...arch, layers: 25 }).total)} 个参数`);
  await expect.poll(() => page.evaluate(() => location.search)).toContain('model-size.layers=25');
  // heads that do not divide d_model: the nearest count that does, with a notice
  await page.goto('/embed/model-size/?model-size.d=768&model-size.heads=13');
  await expect(shellOf(page).locator('.demo-notices')).toContainText('头数改为 12');
});

test('hide= hides the memory, the formula, the table and a slider', async ({ page }) => {
  const shell = await open(page, '/embed/model-size/?hide=memory,formula,table,heads');
  await expect(shell.getByTestId('ms-mem-fp16')).toHaveCount(0);
  await expect(shell.getByTestId('ms-formula')).toHaveCount(0);
  await expect(shell.locator('details.numbers')).toHaveCount(0);
  await expect(shell.getByLabel('注意力头数')).toHaveCount(0);
  await expect(shell.getByLabel('层数 L')).toBeVisible();
});

test('at 360×740: the count, the bar and the picker on the first screen, the memory in four precisions', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const shell = await open(page, '/overview/?model-size.layers=32&model-size.d=4096&model-size.heads=32#demo-model-size');
  await shellOf(page).scrollIntoViewIfNeeded();
  await expect(shell.locator('select[data-demo-run]')).toBeInViewport();
  const n = countParams({ ...PRESETS.find((p) => p.key === 'gpt3')!.arch, layers: 32, dModel: 4096, heads: 32 }).total;
  await expect(shell.getByTestId('ms-mem-fp32')).toContainText(`${Math.ceil((4 * n) / 80e9)} 块`);
  await expect(shell.getByTestId('ms-mem-int4')).toContainText(`${Math.ceil((0.5 * n) / 80e9)} 块`);
  const table = shell.locator('details.numbers');
  await table.locator('summary').click();
  await expect(table.locator('tbody tr').last()).toContainText(int(n));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
