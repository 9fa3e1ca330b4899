/**
 * The gradient descent explorer: mounts in chapter 3 and under /embed/, computes on every backend,
 * reproduces the chapter's worked example, restores a linked state, clamps garbage, hides what an
 * embed asks, works from the keyboard, stops on divergence, and fits a line against least squares.
 */
import fs from 'node:fs';
import { chromium as pwChromium, expect, test, type Page } from '@playwright/test';
import { QUIET_FLAGS, WEBGPU_FLAGS } from '../../../playwright.config';
import { watchErrors } from '../book';

const EMBED = '/embed/gd-explorer/';
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

async function open(page: Page, url: string, backend = /^(webgpu|webgl|wasm|cpu)$/) {
  await page.goto(url);
  const shell = page.locator('[data-widget="gd-explorer"]');
  await expect(shell).toHaveAttribute('data-backend', backend, { timeout: 30_000 });
  await expect(shell.getByTestId('gd-formula').or(shell.getByTestId('gd-compare')).first()).toBeVisible({ timeout: 30_000 });
  return shell;
}

const steps = (shell: ReturnType<Page['locator']>) => shell.getAttribute('data-steps').then(Number);

test('mounts in the chapter and reproduces the worked example (α = 0.15, start (4, 1))', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/gradient-descent/');
  await page.locator('figure[data-demo="gd-explorer"]').scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="gd-explorer"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await shell.getByRole('button', { name: '单步' }).click();
  await expect(shell).toHaveAttribute('data-steps', '1');
  const formula = shell.getByTestId('gd-formula');
  await expect(formula).toContainText('(4.0000, 1.0000) − 0.15 × (4.0000, 10.0000) = (3.4000, −0.5000)');
  await shell.getByRole('button', { name: '单步' }).click();
  await expect(formula).toContainText('(2.8900, 0.2500)');
  const table = shell.locator('details.numbers').filter({ hasText: '的每一步' }).first();
  await table.locator('summary').click();
  await expect(table.locator('tbody tr').nth(1)).toContainText('(3.4000, −0.5000)');
  await expect(table.locator('tbody tr').nth(1)).toContainText('7.0300');
  expect(errors).toEqual([]);
});

test('momentum and Adam show the chapter’s worked steps in their formulas', async ({ page }) => {
  const mom = await open(page, `${EMBED}?backend=cpu&gd-explorer.show=momentum&gd-explorer.lr=0.1&gd-explorer.beta=0.5&gd-explorer.sgd=0&gd-explorer.adam=0`);
  await mom.getByRole('button', { name: '单步' }).click();
  await mom.getByRole('button', { name: '单步' }).click();
  await expect(mom.getByTestId('gd-formula')).toContainText('0.50 × (4.0000, 10.0000) + (3.6000, 0.0000) = (5.6000, 5.0000)');
  await expect(mom.getByTestId('gd-formula')).toContainText('= (3.0400, −0.5000)');
  const adam = await open(page, `${EMBED}?backend=cpu&gd-explorer.show=adam&gd-explorer.lr=0.1&gd-explorer.sgd=0&gd-explorer.momentum=0`);
  await adam.getByRole('button', { name: '单步' }).click();
  await expect(adam.getByTestId('gd-formula')).toContainText('= (3.9000, 0.9000)');
});

for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
  test(`runs on ${backend}`, async ({ page }) => {
    const shell = await open(page, `${EMBED}?backend=${backend}`, new RegExp(`^${backend}$`));
    await shell.getByRole('button', { name: '运行', exact: true }).click();
    await expect.poll(() => steps(shell), { timeout: 20_000 }).toBeGreaterThan(5);
    await shell.getByRole('button', { name: '暂停', exact: true }).click();
  });
}

// WebGPU needs other launch flags; a describe-level test.use({ launchOptions }) is refused by Playwright
// ("forces a new worker"), so this test launches its own browser with them.
test('runs on webgpu', async ({ baseURL }) => {
  const browser = await pwChromium.launch({ executablePath: chromium, args: [...QUIET_FLAGS, ...WEBGPU_FLAGS] });
  try {
    const page = await browser.newPage({ baseURL });
    const shell = await open(page, `${EMBED}?backend=webgpu`, /^webgpu$/);
    await shell.getByRole('button', { name: '单步' }).click();
    await shell.getByRole('button', { name: '单步' }).click();
    await expect.poll(() => steps(shell), { timeout: 20_000 }).toBe(2);
    await expect(shell.getByTestId('gd-formula')).toContainText('(2.8900, 0.2500)');
  } finally {
    await browser.close();
  }
});

test('a link restores the exact state, and the URL follows the controls', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shell = await open(page, `${EMBED}?backend=cpu&show=share&gd-explorer.fn=rosenbrock&gd-explorer.lr=0.002&gd-explorer.adam=0&gd-explorer.x=-1.2&gd-explorer.y=1&gd-explorer.show=momentum&gd-explorer.beta=0.5`);
  await expect(shell.getByLabel('损失函数')).toHaveValue('rosenbrock');
  await expect(shell.locator('.control-slider output').filter({ hasText: /^0\.002$/ })).toHaveCount(1);
  await expect(shell.getByLabel('Adam')).not.toBeChecked();
  await expect(shell.getByLabel('SGD')).toBeChecked();
  await expect(shell.getByLabel('起点 θ₁')).toHaveValue('-1.2');
  await expect(shell.getByLabel('公式所示的优化器')).toHaveValue('momentum');
  await expect(shell.getByTestId('gd-formula')).toContainText('动量');
  await shell.getByLabel('起点 θ₂').fill('1.5');
  await expect(page).toHaveURL(/gd-explorer\.y=1\.5/);
  await shell.getByRole('button', { name: '复制链接' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('gd-explorer.lr=0.002');
  expect(link).toContain('gd-explorer.y=1.5');
  const again = await open(page, link.replace(/^https?:\/\/[^/]+\/gradient-descent\//, EMBED).replace(/#.*$/, ''));
  await expect(again.getByLabel('起点 θ₂')).toHaveValue('1.5');
  await expect(again.getByLabel('损失函数')).toHaveValue('rosenbrock');
});

test('garbage in the query is clamped with a notice and no console error', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, `${EMBED}?backend=cpu&gd-explorer.lr=abc&gd-explorer.kappa=1e9&gd-explorer.bogus=1`);
  const notices = shell.locator('.demo-notices');
  await expect(notices).toContainText('学习率 α（lr）「\u2068abc\u2069」不是数');
  await expect(notices).toContainText('已改为 100');
  await expect(notices).toContainText('gd-explorer.bogus');
  await expect(shell.locator('.control-slider output').filter({ hasText: /^0\.15$/ })).toHaveCount(1);
  await expect(shell.getByLabel('条件数 κ')).toHaveValue('100');
  const big = await open(page, `${EMBED}?backend=cpu&gd-explorer.lr=1e9`);
  await expect(big.locator('.demo-notices')).toContainText('已改为 2');
  expect(errors).toEqual([]);
});

test('the embed hides what hide= names', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=lr,play,table,fn`);
  await expect(shell.getByLabel('条件数 κ')).toBeVisible();
  await expect(shell.getByLabel('学习率 α')).toHaveCount(0);
  await expect(shell.getByLabel('损失函数')).toHaveCount(0);
  await expect(shell.getByRole('button', { name: '单步' })).toHaveCount(0);
  await expect(shell.locator('details.numbers')).toHaveCount(0);
});

test('play, step, reset and the start marker work from the keyboard alone', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=backend,share`);
  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.test(label)) return;
    }
    throw new Error(`never reached ${name}`);
  };
  await tabTo(/单步/);
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '1');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect.poll(() => steps(shell)).toBeGreaterThan(3);
  await page.keyboard.press('Space');
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '0');
  // the plot: focus it and move the start with the arrow keys
  await shell.getByTestId('gd-contour').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(shell.getByLabel('起点 θ₁')).toHaveValue('3.9');
  await expect(shell.getByLabel('起点 θ₂')).toHaveValue('1.1');
  await expect(page).toHaveURL(/gd-explorer\.x=3\.9/);
});

test('the plot has θ₁ and θ₂ axes with round ticks, and marks every minimum of the surface', async ({ page }) => {
  for (const [fn, minima] of [
    ['quadratic', ['(0.00, 0.00)']],
    ['saddle', ['(0.00, 1.41)', '(0.00, −1.41)']],
    ['himmelblau', ['(3.00, 2.00)', '(−2.81, 3.13)', '(−3.78, −3.28)', '(3.58, −1.85)']],
  ] as const) {
    const shell = await open(page, `${EMBED}?backend=cpu&gd-explorer.fn=${fn}`);
    const label = await shell.getByTestId('gd-contour').getAttribute('aria-label');
    expect(label!.match(/\((−?\d+\.\d+), (−?\d+\.\d+)\)/g)!.slice(0, -1)).toEqual(minima);
    const axes = shell.getByTestId('gd-axes');
    await expect(axes).toContainText('θ₁');
    await expect(axes).toContainText('θ₂');
    const ticks = (await axes.locator('text').allTextContents()).filter((t) => !t.startsWith('θ'));
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const t of ticks) expect(t).toMatch(/^−?\d+(\.\d)?$/);
    expect(ticks).toContain('0');
  }
});

test('picking a surface sets its default run: start, learning rate and steps per frame', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu`);
  await shell.getByLabel('损失函数').selectOption('rosenbrock');
  await expect(shell.getByLabel('起点 θ₁')).toHaveValue('-1.2');
  await expect(shell.getByLabel('起点 θ₂')).toHaveValue('1');
  await expect(page).toHaveURL(/gd-explorer\.lr=0\.002/);
  await expect(page).toHaveURL(/gd-explorer\.speed=20/);
  await shell.getByLabel('损失函数').selectOption('quadratic');
  await expect(page).not.toHaveURL(/gd-explorer\.speed=/);
});

test('a click on the plot sets the start', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu`);
  const canvas = shell.getByTestId('gd-contour');
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(shell.getByLabel('起点 θ₁')).toHaveValue(/^-?0(\.0\d)?$/);
  // the centre of the canvas is θ = (0, 0), to a pixel (0.03 here) either way
  await expect(shell.getByTestId('gd-formula')).toContainText(/θt = \(−?0\.0\d+, −?0\.0\d+\)/);
});

test('a diverging run stops and names the learning rate', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&gd-explorer.lr=0.25&gd-explorer.momentum=0&gd-explorer.adam=0&gd-explorer.speed=50`);
  await shell.getByRole('button', { name: '运行', exact: true }).click();
  const alert = shell.getByRole('alert');
  await expect(alert).toContainText('SGD 在学习率 α = 0.25 下发散', { timeout: 20_000 });
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toBeVisible();
});

test('line fitting: gradient descent beside the least-squares answer', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&gd-explorer.mode=regression&gd-explorer.lr=0.1&gd-explorer.speed=200`);
  const compare = shell.getByTestId('gd-compare');
  await expect(compare).toContainText('1.5000');
  await expect(compare).toContainText('−0.3333');
  await expect(compare).toContainText('0.0556');
  await shell.getByRole('button', { name: '单步' }).click();
  await expect(compare).toContainText('1.2667');
  await expect(compare).toContainText('0.5333');
  await shell.getByRole('button', { name: '运行', exact: true }).click();
  // within 4 decimals of the exact line, as the chapter's table shows after 1000 steps
  const row = compare.locator('tbody tr').first();
  await expect(row).toContainText('1.5000', { timeout: 30_000 });
  await expect(row).toContainText('−0.3333');
  expect(await steps(shell)).toBeGreaterThan(300);
});

test('fits a 360 px screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, `${EMBED}?backend=cpu`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('frees its tensors: reset and a change of mode leave the count where it was', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&gd-explorer.speed=20`);
  // tfjs-core keeps its engine on the global object
  const count = () => page.evaluate(() => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors);
  await expect(shell).toHaveAttribute('data-steps', '0');
  await page.waitForTimeout(300);
  const before = await count();
  await shell.getByRole('button', { name: '运行', exact: true }).click();
  await expect.poll(() => steps(shell)).toBeGreaterThan(60);
  await shell.getByRole('button', { name: /暂停|运行/ }).first().click();
  await shell.getByLabel('模式').selectOption('regression');
  await expect(shell.getByTestId('gd-compare')).toBeVisible();
  await shell.getByRole('button', { name: '单步' }).click();
  await shell.getByLabel('模式').selectOption('surface');
  await expect(shell).toHaveAttribute('data-steps', '0');
  await shell.getByRole('button', { name: '重置', exact: true }).click();
  await page.waitForTimeout(300);
  await expect.poll(count).toBe(before);
});
