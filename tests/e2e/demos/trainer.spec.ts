/**
 * The trainer: mounts in chapter 4 and under /embed/, trains (in its worker) on every backend,
 * restores a linked state, clamps garbage, hides what an embed asks, and works from the keyboard.
 * Its speed is measured in trainer-perf.spec.ts.
 */
import fs from 'node:fs';
import { chromium as pwChromium, expect, test, type Locator, type Page } from '@playwright/test';
import { QUIET_FLAGS, WEBGPU_FLAGS } from '../../../playwright.config';
import { watchErrors } from '../book';

const EMBED = '/embed/trainer/';
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

async function open(page: Page, url: string, backend = /^(webgpu|webgl|wasm|cpu)$/) {
  await page.goto(url);
  const shell = page.locator('[data-widget="trainer"]');
  await expect(shell).toHaveAttribute('data-backend', backend, { timeout: 30_000 });
  await expect(shell.getByText(/训练在独立的线程（Web Worker）中运行/)).toBeVisible({ timeout: 30_000 });
  return shell;
}

const steps = (shell: Locator) => shell.getAttribute('data-steps').then(Number);
const trainLoss = (shell: Locator) => shell.getByTestId('nn-stats');

test('mounts in the chapter; one step trains one epoch and shows the losses', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/backprop/');
  await page.locator('figure[data-demo="trainer"]').scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="trainer"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await expect(trainLoss(shell)).toContainText(/训练损失 \d\.\d{3}/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect(shell).toHaveAttribute('data-steps', '1');
  await expect(trainLoss(shell)).toContainText('轮数 1');
  const weights = shell.locator('details.numbers').filter({ hasText: '权重与偏置' });
  await weights.locator('summary').click();
  await expect(weights.locator('tbody tr')).toHaveCount(4 + 2 + 1); // Playground's default 4-2 network and its output
  expect(errors).toEqual([]);
});

for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
  test(`trains on ${backend}`, async ({ page }) => {
    const shell = await open(page, `${EMBED}?backend=${backend}`, new RegExp(`^${backend}$`));
    await shell.getByRole('button', { name: '运行', exact: true }).click();
    await expect.poll(() => steps(shell), { timeout: 20_000 }).toBeGreaterThan(3);
    await shell.getByRole('button', { name: '暂停', exact: true }).click();
  });
}

// WebGPU needs other launch flags; Playwright refuses launchOptions in a describe, so launch here.
test('trains on webgpu', async ({ baseURL }) => {
  test.setTimeout(90_000); // software WebGPU (SwiftShader) is slow to start and to train
  const browser = await pwChromium.launch({ executablePath: chromium, args: [...QUIET_FLAGS, ...WEBGPU_FLAGS] });
  try {
    const page = await browser.newPage({ baseURL });
    const shell = await open(page, `${EMBED}?backend=webgpu`, /^webgpu$/);
    await shell.getByRole('button', { name: '运行', exact: true }).click();
    await expect.poll(() => steps(shell), { timeout: 45_000 }).toBeGreaterThan(1);
    await shell.getByRole('button', { name: '暂停', exact: true }).click();
  } finally {
    await browser.close();
  }
});

test('a link restores the exact state, and the URL follows the controls', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shell = await open(page, `${EMBED}?backend=cpu&show=share&trainer.dataset=xor&trainer.layers=3,5&trainer.activation=relu&trainer.lr=0.1&trainer.xy=1&trainer.seed=7&trainer.showTest=1&trainer.noise=20`);
  await expect(shell.getByLabel('数据集')).toHaveValue('xor');
  await expect(shell.getByLabel('激活函数')).toHaveValue('relu');
  await expect(shell.locator('.control-slider output').filter({ hasText: /^0\.1$/ })).toHaveCount(1);
  await expect(shell.getByLabel('噪声（%）')).toHaveValue('20');
  await expect(shell.getByLabel('X₁X₂', { exact: true })).toBeChecked();
  await expect(shell.getByLabel('显示测试数据')).toBeChecked();
  await expect(shell.getByText('隐藏层：2 层')).toBeVisible();
  await expect(shell.getByText('第 2 层：5 个神经元')).toBeVisible();
  await expect(shell.getByRole('button', { name: /种子 7/ })).toBeVisible();
  await shell.getByRole('button', { name: '＋ 增加一层' }).click();
  await expect(page).toHaveURL(/trainer\.layers=3%2C5%2C4/);
  await shell.getByRole('button', { name: '复制链接' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const again = await open(page, link.replace(/^https?:\/\/[^/]+\/backprop\//, EMBED).replace(/#.*$/, ''));
  await expect(again.getByText('第 3 层：4 个神经元')).toBeVisible();
  await expect(again.getByLabel('数据集')).toHaveValue('xor');
  await expect(again.getByLabel('X₁X₂', { exact: true })).toBeChecked();
});

test('garbage in the query is clamped with a notice and no console error', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, `${EMBED}?backend=cpu&trainer.lr=abc&trainer.batch=1e9&trainer.layers=9,9,9,9,9,9,9&trainer.bogus=1`);
  const notices = shell.locator('.demo-notices');
  await expect(notices).toContainText('学习率（lr）「\u2068abc\u2069」不是数');
  await expect(notices).toContainText('已改为 30');
  await expect(notices).toContainText('trainer.bogus');
  await expect(shell.locator('.control-slider output').filter({ hasText: /^0\.03$/ })).toHaveCount(1);
  await expect(shell.getByLabel('批大小')).toHaveValue('30');
  await expect(shell.getByText('隐藏层：6 层')).toBeVisible();
  const big = await open(page, `${EMBED}?backend=cpu&trainer.lr=1e9`);
  await expect(big.locator('.demo-notices')).toContainText('已改为 10');
  expect(errors).toEqual([]);
});

test('the embed hides what hide= names', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=play,features,network,table,lr`);
  await expect(shell.getByLabel('批大小')).toBeVisible();
  await expect(shell.getByLabel('学习率')).toHaveCount(0);
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toHaveCount(0);
  await expect(shell.getByText('输入特征')).toHaveCount(0);
  await expect(shell.getByText(/隐藏层：/)).toHaveCount(0);
  await expect(shell.locator('details.numbers')).toHaveCount(0);
});

test('play, step and reset work from the keyboard alone; lr keeps training, the dataset restarts it', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=backend,share`);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && /单步/.test(document.activeElement.textContent ?? ''))) break;
  }
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '1');
  await page.keyboard.press('Shift+Tab');
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => steps(shell)).toBeGreaterThan(5);
  await page.keyboard.press('Space');
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toBeFocused();
  // after a pause the worker sends one last frame: wait until the count stands still
  let paused = -1;
  await expect.poll(async () => {
    const before = await steps(shell);
    await page.waitForTimeout(300);
    return (paused = await steps(shell)) === before;
  }).toBe(true);
  await shell.getByLabel('学习率').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/trainer\.lr=/);
  await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect.poll(() => steps(shell)).toBe(paused + 1);
  await shell.getByRole('button', { name: '单步（一轮）' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '0');
  await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect(shell).toHaveAttribute('data-steps', '1');
  await shell.getByLabel('数据集').selectOption('spiral');
  await expect(trainLoss(shell)).toContainText('轮数 0');
  await expect(shell).toHaveAttribute('data-steps', '0');
});

test('fits a 360 px screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, `${EMBED}?backend=cpu&trainer.layers=8,8,8,8,8,8`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
