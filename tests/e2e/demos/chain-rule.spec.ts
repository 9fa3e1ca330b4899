/**
 * The chain-rule stepper: mounts in chapter 4 and under /embed/, reproduces the chapter's 2-2-1
 * example node by node, agrees with tfjs autodiff on every backend, restores a linked state, clamps
 * garbage, hides what an embed asks, and works from the keyboard.
 */
import fs from 'node:fs';
import { chromium as pwChromium, expect, test, type Locator, type Page } from '@playwright/test';
import { QUIET_FLAGS, WEBGPU_FLAGS } from '../../../playwright.config';
import { watchErrors } from '../book';

const EMBED = '/embed/chain-rule/';
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

async function open(page: Page, url: string, backend = /^(webgpu|webgl|wasm|cpu)$/) {
  await page.goto(url);
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', backend, { timeout: 30_000 });
  await expect(shell.getByRole('img', { name: /2-2-1 网络/ })).toBeVisible({ timeout: 30_000 });
  return shell;
}

const next = (shell: Locator) => shell.getByRole('button', { name: '下一步', exact: true }).click();

/** At the last step: the agreement with autodiff is shown and small. */
async function expectAgreement(shell: Locator) {
  const agreement = shell.getByTestId('cr-agreement');
  await expect(agreement).toBeVisible({ timeout: 30_000 });
  expect(Number((await agreement.textContent())!.replace('−', '-'))).toBeLessThan(1e-5);
}

test('mounts in the chapter and reproduces the worked example node by node', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/backprop/');
  await page.locator('figure[data-demo="chain-rule"]').scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="chain-rule"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  const panel = shell.locator('[aria-live="polite"]');
  const expected = ['0.450000', '0.610639', '0.500000', '0.622459', '0.378464', '0.593503', '0.082620', '−0.406497', '−0.098070', '−0.059886'];
  for (const [i, value] of expected.entries()) {
    await next(shell);
    await expect(shell).toHaveAttribute('data-steps', String(i + 1));
    await expect(panel).toContainText(`= ${value}`);
  }
  for (let i = expected.length; i < 13; i++) await next(shell);
  await next(shell); // ∂L/∂w₁₁ as the product of five local derivatives
  await expect(panel).toContainText('∂L/∂w₁₁ = ∂L/∂ŷ · ∂ŷ/∂u · ∂u/∂a₁ · ∂a₁/∂z₁ · ∂z₁/∂w₁₁');
  await expect(panel).toContainText('(−0.406497) × 0.241257 × 0.700000 × 0.237759 × 1.000000 = −0.016322');
  await expect(shell.getByRole('list', { name: '局部导数的连乘' }).getByRole('listitem')).toHaveCount(5);
  for (let i = 14; i < 21; i++) await next(shell);
  await expect(shell).toHaveAttribute('data-steps', '21');
  await expectAgreement(shell);
  const check = shell.getByTestId('cr-check');
  await expect(check.locator('tbody tr').first()).toContainText('−0.016322');
  await expect(check.locator('tbody tr').nth(6)).toContainText('−0.059886');
  const table = shell.locator('details.numbers');
  await table.locator('summary').click();
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.locator('tbody tr').nth(19)).toContainText('0.009219');
  expect(errors).toEqual([]);
});

for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
  test(`runs on ${backend} and agrees with its autodiff`, async ({ page }) => {
    const shell = await open(page, `${EMBED}?backend=${backend}&chain-rule.step=19`, new RegExp(`^${backend}$`));
    await next(shell);
    await next(shell);
    await expect(shell).toHaveAttribute('data-steps', '21');
    await expectAgreement(shell);
  });
}

// WebGPU needs other launch flags; Playwright refuses launchOptions in a describe, so launch here.
test('runs on webgpu and agrees with its autodiff', async ({ baseURL }) => {
  const browser = await pwChromium.launch({ executablePath: chromium, args: [...QUIET_FLAGS, ...WEBGPU_FLAGS] });
  try {
    const page = await browser.newPage({ baseURL });
    const shell = await open(page, `${EMBED}?backend=webgpu&chain-rule.step=20`, /^webgpu$/);
    await next(shell);
    await expect(shell).toHaveAttribute('data-steps', '21');
    await expectAgreement(shell);
  } finally {
    await browser.close();
  }
});

test('a link restores the exact state, and the URL follows the inputs', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shell = await open(page, `${EMBED}?backend=cpu&show=share&chain-rule.w11=-1.5&chain-rule.x2=2&chain-rule.step=7`);
  await expect(shell.getByLabel('w₁₁')).toHaveValue('-1.5');
  await expect(shell.getByLabel('x₂')).toHaveValue('2');
  await expect(shell.locator('[aria-live="polite"]')).toContainText('第 7 / 21 步');
  // z₁ = −1.5·1 − 0.3·2 + 0.1 = −2
  await expect(shell.getByRole('img', { name: /2-2-1 网络/ })).toContainText('z₁ −2.0000');
  await shell.getByLabel('v₂').fill('0.25');
  await expect(page).toHaveURL(/chain-rule\.v2=0\.25/);
  // typing key by key, through the invalid "-" on the way to a negative number
  await shell.getByLabel('b₁').selectText();
  await page.keyboard.type('-0.7');
  await expect(page).toHaveURL(/chain-rule\.b1=-0\.7/);
  await expect(shell.getByLabel('b₁')).toHaveValue('-0.7');
  await shell.getByRole('button', { name: '复制链接' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('chain-rule.w11=-1.5');
  const again = await open(page, link.replace(/^https?:\/\/[^/]+\/backprop\//, EMBED).replace(/#.*$/, ''));
  await expect(again.getByLabel('v₂')).toHaveValue('0.25');
  await expect(again.getByLabel('w₁₁')).toHaveValue('-1.5');
  await expect(again).toHaveAttribute('data-steps', '7');
});

test('garbage in the query is clamped with a notice and no console error', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, `${EMBED}?backend=cpu&chain-rule.w11=abc&chain-rule.v1=1e9&chain-rule.bogus=1`);
  const notices = shell.locator('.demo-notices');
  await expect(notices).toContainText('w₁₁（w11）「\u2068abc\u2069」不是数');
  await expect(notices).toContainText('已改为 5');
  await expect(notices).toContainText('chain-rule.bogus');
  await expect(shell.getByLabel('w₁₁')).toHaveValue('0.5');
  await expect(shell.getByLabel('v₁')).toHaveValue('5');
  expect(errors).toEqual([]);
});

test('the embed hides what hide= names', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=play,params,table`);
  await expect(shell.getByRole('button', { name: '下一步', exact: true })).toHaveCount(0);
  await expect(shell.getByLabel('w₁₁')).toHaveCount(0);
  await expect(shell.locator('details.numbers')).toHaveCount(0);
});

test('next, back, play and reset work from the keyboard alone', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&hide=backend,share`);
  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (name.test(await page.evaluate(() => document.activeElement?.textContent ?? ''))) return;
    }
    throw new Error(`never reached ${name}`);
  };
  await tabTo(/下一步/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(shell).toHaveAttribute('data-steps', '2');
  // the buttons in order: 上一步, 下一步, 运行, 重置
  await page.keyboard.press('Shift+Tab');
  await expect(shell.getByRole('button', { name: '上一步', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(shell.getByRole('button', { name: '运行', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(shell).toHaveAttribute('data-steps', '2', { timeout: 5_000 });
  await page.keyboard.press('Space');
  await tabTo(/重置/);
  await page.keyboard.press('Enter');
  await expect(shell).toHaveAttribute('data-steps', '0');
});

test('fits a 360 px screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, `${EMBED}?backend=cpu&chain-rule.step=21`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const [width, height, orientation] of [[360, 740, 'tall'], [1280, 800, 'wide']] as const) {
  test(`at ${width} px the network is drawn ${orientation}, text ≥ 12 px, no label under a line`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shell = await open(page, `${EMBED}?backend=cpu&chain-rule.step=13&chain-rule.w12=-4.85`);
    const svg = shell.getByRole('img', { name: /2-2-1 网络/ });
    await expect(svg).toHaveAttribute('data-orientation', orientation);
    await expect(svg).toContainText('δ₁ −0.');
    const r = await svg.evaluate((el) => {
      const svgEl = el as SVGSVGElement;
      const scale = svgEl.getScreenCTM()!.a;
      const lines = [...svgEl.querySelectorAll('line')].map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
      const texts = [...svgEl.querySelectorAll('text')];
      const circles = [...svgEl.querySelectorAll('circle')].map((c) => ['cx', 'cy', 'r'].map((a) => Number(c.getAttribute(a))));
      // a line's visible part: outside the nodes, which are drawn over it
      const visible = (px: number, py: number) => circles.every(([cx, cy, rr]) => Math.hypot(px - cx, py - cy) > rr);
      let lineGap = Infinity;
      let smallest = Infinity;
      const labels: string[] = [];
      for (const t of texts) {
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
        const b = t.getBBox();
        labels.push(t.textContent ?? '');
        for (const [x1, y1, x2, y2] of lines)
          for (let k = 0; k <= 100; k++) {
            const px = x1 + ((x2 - x1) * k) / 100;
            const py = y1 + ((y2 - y1) * k) / 100;
            if (!visible(px, py)) continue;
            lineGap = Math.min(lineGap, Math.hypot(Math.max(b.x - px, 0, px - b.x - b.width), Math.max(b.y - py, 0, py - b.y - b.height)));
          }
      }
      return { lineGap, smallest, labels, count: lines.length };
    });
    expect(r.count).toBe(7);
    expect(r.smallest).toBeGreaterThanOrEqual(12);
    expect(r.lineGap).toBeGreaterThan(1.75);
    expect(r.labels.join(' ')).toContain('−4.85');
    expect(r.labels.join(' ')).not.toMatch(/-\d/);
  });
}
