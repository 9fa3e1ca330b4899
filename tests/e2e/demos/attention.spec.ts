/**
 * The attention explorer: mounts in chapter 5 and under /embed/attention/, computes the same
 * weights on every backend as plain loops in Node, restores a link's state, clamps garbage with a
 * notice, hides what hide= names, and works from the keyboard.
 */
import fs from 'node:fs';
import { chromium as pwChromium, expect, test, type Page } from '@playwright/test';
import { createRng, normalArray } from '@/lib/compute/random';
import { defaults } from '@/lib/demos/params';
import { PARAMS } from '@/lib/demos/attention/params';
import { inputMatrices } from '@/lib/demos/attention/embed';
import { tokenize } from '@/lib/demos/attention/tokens';
import { QUIET_FLAGS, WEBGPU_FLAGS } from '../../../playwright.config';
import { readNumber, watchErrors, axeViolations, axe } from '../book';
import { miniModel } from '@/lib/models/mini-model';
import { row, traceTransformer } from '@/lib/demos/transformer-view/engine';
import { loadShippedModel } from '../../models/shipped';

const D = defaults(PARAMS);
/** The same browser as playwright.config.ts. */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

/** The default sentence's weights (one head), from plain loops: X·W, QKᵀ/√d_k, softmax. */
function referenceWeights(text: string, dk: number, seed: number): number[][] {
  const tokens = tokenize(text).tokens;
  const { x } = inputMatrices(tokens, dk);
  const rng = createRng(seed);
  const [wq, wk] = [0, 1].map(() => normalArray(rng, dk * dk, 1 / Math.sqrt(dk)));
  const proj = (w: Float32Array) => x.map((row) => Array.from({ length: dk }, (_, j) => row.reduce((s, v, k) => s + v * w[k * dk + j], 0)));
  const [q, k] = [proj(wq), proj(wk)];
  return q.map((qi) => {
    const s = k.map((kj) => qi.reduce((a, v, m) => a + v * kj[m], 0) / Math.sqrt(dk));
    const mx = Math.max(...s);
    const e = s.map((v) => Math.exp(v - mx));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  });
}

const shellOf = (page: Page) => page.locator('[data-widget="attention"]');
const weightsGrid = (page: Page) => page.getByRole('grid', { name: /^注意力权重.*行是查询词元/ });

async function ready(page: Page, backend?: string) {
  await expect(shellOf(page)).toHaveAttribute('data-backend', backend ?? /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
  await expect(weightsGrid(page)).toBeVisible({ timeout: 30_000 });
}

/** The weights as the numbers table shows them. */
async function tableWeights(page: Page): Promise<number[][]> {
  const table = page.locator('details.numbers').filter({ hasText: '注意力权重' });
  await table.locator('summary').click();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows.map((r) => r.slice(1, -1).map(readNumber));
}

async function expectComputesOn(page: Page, backend: string) {
  const errors = watchErrors(page);
  await page.goto(`/embed/attention/?backend=${backend}`);
  await ready(page, backend);
  const ref = referenceWeights(D.text, D.dk, D.seed);
  const got = await tableWeights(page);
  expect(got.length).toBe(ref.length);
  got.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - ref[i][j]), `w[${i}][${j}]`).toBeLessThan(2e-3)));
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(shellOf(page)).toHaveAttribute('data-steps', '1');
  await expect(page.getByRole('tab', { name: /嵌入/ })).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
}

test.describe('attention explorer', () => {
  test('mounts in chapter 5 near §2.3 and shows the weights with labelled cells', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/attention/#demo-attention');
    await ready(page);
    const n = tokenize(D.text).tokens.length;
    await expect(weightsGrid(page).getByRole('gridcell')).toHaveCount(n * n);
    await expect(weightsGrid(page).getByRole('gridcell').nth(n)).toHaveAttribute('aria-label', /^「猫」对「小」的权重 \d\.\d\d$/);
    expect(errors).toEqual([]);
  });

  for (const backend of ['webgl', 'wasm', 'cpu']) {
    test(`computes the reference weights on ${backend}, and data-steps advances`, async ({ page }) => {
      await expectComputesOn(page, backend);
    });
  }

  test('with the mini GPT\'s real weights, the weights of a layer and head equal the model\'s own (Node, shipped weights); random projections are said to mean nothing', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/embed/attention/?backend=wasm');
    await ready(page, 'wasm');
    await page.getByRole('tab', { name: /Q、K、V/ }).click();
    await expect(shellOf(page).getByText('随机投影没有任何意义')).toBeVisible();
    await shellOf(page).getByLabel(PARAMS.source.label, { exact: true }).selectOption('gpt');
    await expect(shellOf(page).getByText('投影矩阵是迷你 GPT 第 1 层训练好的真实权重')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => location.search)).toContain('attention.source=gpt');
    await page.goto('/embed/attention/?backend=wasm&attention.source=gpt&attention.layer=2&attention.causal=1&attention.stage=qkv');
    await ready(page, 'wasm');
    await expect(shellOf(page).getByText('投影矩阵是迷你 GPT 第 2 层训练好的真实权重')).toBeVisible({ timeout: 30_000 });
    await shellOf(page).getByRole('button', { name: '头 3' }).click();
    const gpt = miniModel(await loadShippedModel('gpt'));
    const tokens = Array.from(D.text);
    const trace = await traceTransformer(gpt.params, gpt.manifest.config, tokens.map((t) => gpt.vocab.encode(t).ids[0]));
    const want = tokens.map((_, i) => Array.from(row(trace.layers[1].weights, i, 2)));
    await expect(weightsGrid(page)).toHaveAccessibleName(/头 3/);
    const got = await tableWeights(page);
    expect(got.length).toBe(want.length);
    got.forEach((r, i) => r.forEach((v, j) => expect(Math.abs(v - want[i][j]), `row ${i}, column ${j}`).toBeLessThan(2e-3)));
    expect(errors).toEqual([]);
  });

  test('a link restores the exact state', async ({ page }) => {
    const q = 'attention.text=The+cat+sat+on+the+mat.&attention.dk=16&attention.heads=2&attention.causal=1&attention.scale=0&attention.seed=42&attention.stage=masked&attention.head=2';
    await page.goto(`/embed/attention/?${q}`);
    await ready(page);
    await expect(page.getByLabel(/^句子/)).toHaveValue('The cat sat on the mat.');
    await expect(page.getByLabel(/^dk/)).toHaveValue('16');
    await expect(page.getByLabel('头数')).toHaveValue('2');
    await expect(page.getByRole('checkbox', { name: '因果掩码' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '除以 √dk' })).not.toBeChecked();
    await expect(page.getByLabel('投影矩阵的随机种子')).toHaveValue('42');
    await expect(page.getByRole('tab', { name: /因果掩码/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: '头 2' })).toHaveAttribute('aria-pressed', 'true');
    // causal: the first token sees only itself
    await expect(weightsGrid(page).getByRole('gridcell').first()).toHaveAttribute('aria-label', '「The」对「The」的权重 1.00');
    // what the page writes back to the address is the same state
    const search = await page.evaluate(() => location.search);
    for (const part of q.split('&')) expect(search).toContain(part);
    // a change goes to the address, and a reload restores it
    await page.getByLabel('头数').selectOption('4');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('attention.heads=4');
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('头数')).toHaveValue('4');
    await expect(page.getByRole('group', { name: '选择注意力头' }).getByRole('button')).toHaveCount(4);
  });

  test('garbage in the query is clamped, with a notice and no console error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/embed/attention/?attention.dk=abc&attention.heads=1e9&attention.seed=1e9&attention.nope=1');
    await ready(page);
    await expect(page.getByLabel(/^dk/)).toHaveValue('8');
    await expect(page.getByLabel('头数')).toHaveValue('4');
    await expect(page.getByLabel('投影矩阵的随机种子')).toHaveValue('99999');
    const notices = shellOf(page).locator('.demo-notices');
    await expect(notices).toContainText('「\u2068abc\u2069」不是数');
    await expect(notices).toContainText('\u20681e9\u2069 超出范围 [1, 4]');
    await expect(notices).toContainText('attention.nope');
    expect(errors).toEqual([]);
  });

  test('a long sentence is cut to 16 tokens with a message', async ({ page }) => {
    await page.goto('/embed/attention/');
    await ready(page);
    await page.getByLabel(/^句子/).fill('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen!');
    await expect(page.getByText('输入共有 18 个词元，演示只取前 16 个。')).toBeVisible();
    await expect(weightsGrid(page).getByRole('gridcell')).toHaveCount(256);
  });

  test('the embed route hides what hide= names', async ({ page }) => {
    await page.goto('/embed/attention/?hide=dk,play,table,entropy');
    await ready(page);
    await expect(page.getByLabel(/^dk/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '下一步', exact: true })).toHaveCount(0);
    await expect(page.locator('details.numbers')).toHaveCount(0);
    await expect(page.getByRole('region', { name: '缩放与行熵' })).toHaveCount(0);
    await expect(page.getByLabel('头数')).toBeVisible();
  });

  test('play, step, reset and the heat map work from the keyboard alone', async ({ page }) => {
    await page.goto('/embed/attention/');
    await ready(page);
    const focusByTab = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(name)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await focusByTab('下一步');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(shellOf(page)).toHaveAttribute('data-steps', '2');
    await expect(page.getByRole('tab', { name: /Q、K、V/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab'); // 重置
    await page.keyboard.press('Enter');
    await expect(shellOf(page)).toHaveAttribute('data-steps', '0');
    await expect(page.getByRole('tab', { name: /词元/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab'); // 运行
    await page.keyboard.press('Enter');
    await expect(shellOf(page)).toHaveAttribute('data-steps', /^[1-8]$/);
    await expect(page.getByRole('button', { name: '暂停', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '运行', exact: true })).toBeVisible();
    // the weights: one tab stop, arrow keys move, the exact value is written out
    const grid = weightsGrid(page);
    await grid.getByRole('gridcell').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(grid.getByRole('gridcell').nth(tokenize(D.text).tokens.length)).toBeFocused();
    await expect(grid.locator('xpath=../..').locator('p').first()).toContainText(/「猫」对「小」的权重 \d\.\d{4}/);
    await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  });

  test('without ÷√d_k, a large d_k saturates softmax (lower row entropy)', async ({ page }) => {
    await page.goto('/embed/attention/?attention.dk=64');
    await ready(page);
    const panel = page.getByRole('region', { name: '缩放与行熵' });
    const [scaled, unscaled] = await panel.locator('tbody tr td:last-child').allTextContents();
    expect(Number(unscaled)).toBeLessThan(Number(scaled) / 2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/embed/attention/?attention.heads=2&attention.causal=1&attention.stage=masked');
      await ready(page);
      const result = await axe(page).include('[data-widget="attention"]').analyze();
      expect(axeViolations(result)).toEqual([]);
    });
  }

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('16 tokens cause no horizontal page scroll', async ({ page }) => {
      await page.goto(`/attention/?attention.text=${encodeURIComponent('一二三四五六七八九十甲乙丙丁戊己')}&attention.heads=4&attention.stage=embed#demo-attention`);
      await ready(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  });
});

// WebGPU needs other launch flags; Playwright refuses test.use({ launchOptions }) in a describe
// ("forces a new worker"), so this test launches its own browser with them.
test('attention explorer computes the reference weights on webgpu, and data-steps advances', async ({ baseURL }) => {
  const browser = await pwChromium.launch({ executablePath: chromium, args: [...QUIET_FLAGS, ...WEBGPU_FLAGS] });
  try {
    await expectComputesOn(await browser.newPage({ baseURL }), 'webgpu');
  } finally {
    await browser.close();
  }
});
