/**
 * The attention-masks demo (chapter 6, §3.2) under /embed/attention-masks/ on wasm: GPT's weights are
 * exactly zero above the diagonal and BERT's are not, every row sums to 1, and one layer/head equals
 * what attentionMaps / bertAttention give in Node on the shipped weights; exact values on focus;
 * the layer and head are in the URL; an empty sentence gives a message.
 */
import { expect, test, type Page } from '@playwright/test';
import { bertAttention } from '@/lib/models/bert';
import { attentionMaps } from '@/lib/models/transformer';
import type { LoadedModel } from '@/lib/models/weights';
import { PARAMS, toRows } from '@/lib/demos/attention-masks/params';
import { miniModel } from '@/lib/models/mini-model';
import { defaults } from '@/lib/demos/params';
import { loadShippedModel } from '../../models/shipped';
import { readNumber, watchErrors, axeViolations, axe } from '../book';

const D = defaults(PARAMS);

let gpt: LoadedModel;
let bert: LoadedModel;
test.beforeAll(async () => {
  gpt = await loadShippedModel('gpt');
  bert = await loadShippedModel('bert');
});

const shellOf = (page: Page) => page.locator('[data-widget="attention-masks"]');
const side = (page: Page, name: 'GPT' | 'BERT') => page.locator(`[data-maps][aria-busy="false"] [data-model="迷你 ${name}"]`);

async function open(page: Page, query: string) {
  await page.goto(`/embed/attention-masks/${query}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
  await expect(side(page, 'BERT')).toBeVisible({ timeout: 30_000 });
}

/** One model's weights as its numbers table shows them (4 significant digits; an exact 0 reads 0). */
async function tableWeights(page: Page, name: 'GPT' | 'BERT'): Promise<number[][]> {
  const details = side(page, name).locator('details.numbers');
  await details.locator('summary').click();
  // the table's rows are built when it opens (LazyNumbersTable): wait for them
  await expect(details.locator('tbody tr').first()).toBeVisible();
  const rows = await details.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows.map((r) => r.slice(1).map(readNumber));
}

const above = (m: number[][]) => m.flatMap((row, i) => row.filter((_, j) => j > i));

test.describe('attention masks', () => {
  test('on wasm: GPT is exactly 0 above the diagonal, BERT is not, rows sum to 1, values equal Node', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '?backend=wasm&attention-masks.layer=2&attention-masks.head=3');
    await expect(shellOf(page)).toHaveAttribute('data-backend', 'wasm');
    await expect(page.getByLabel('层', { exact: true })).toHaveValue('2');
    await expect(page.getByLabel('头', { exact: true })).toHaveValue('3');

    const T = Array.from(D.text).length;
    const refGpt = toRows((await attentionMaps(gpt.params, gpt.manifest.config, gpt.vocab.encode(D.text).ids))[1][2], T);
    const refBert = toRows((await bertAttention(miniModel(bert), D.text)).maps[1][2], T + 1);
    const g = await tableWeights(page, 'GPT');
    const b = await tableWeights(page, 'BERT');
    expect(g).toHaveLength(T);
    expect(b).toHaveLength(T + 1);
    expect(above(g).every((v) => v === 0)).toBe(true);
    expect(above(b).reduce((s, v) => s + v, 0)).toBeGreaterThan(1e-3);
    for (const m of [g, b]) for (const row of m) expect(Math.abs(row.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(2e-3);
    for (const [got, ref] of [[g, refGpt], [b, refBert]]) got.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - ref[i][j]), `[${i}][${j}]`).toBeLessThan(1e-3)));

    await expect(side(page, 'GPT').locator('[data-check="above"]')).toContainText('对角线以上的权重之和：0（恰好为 0）');
    await expect(side(page, 'BERT').locator('[data-check="above"]')).not.toContainText('恰好为 0');
    await expect(side(page, 'GPT').locator('[data-check="all"]')).toContainText('对角线以上最大的单个权重：0（恰好为 0）');
    await expect(page.getByText('因果：第 i 行只在前 i 个位置上有权重')).toBeVisible();
    await expect(page.getByText('双向：每一行覆盖整句')).toBeVisible();

    // the exact value of a cell on focus; [CLS] labels BERT's first row and column
    await side(page, 'BERT').getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    await expect(side(page, 'BERT').locator('figure p').first()).toContainText(`「[CLS]」对「${Array.from(D.text)[0]}」的权重 ${refBert[0][1].toFixed(4)}`);
    expect(errors).toEqual([]);
  });

  test('layer and head go to the URL; an empty sentence gives a message; hide= hides inputs', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '');
    await expect(shellOf(page)).toHaveAttribute('data-steps', '1');
    await page.getByLabel('层', { exact: true }).selectOption('3');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('attention-masks.layer=3');
    await expect(side(page, 'GPT').getByRole('application')).toHaveAccessibleName(/第 3 层 · 头 1/);
    const input = page.getByLabel(/^句子/);
    await input.fill('');
    await expect(page.getByText('请输入一句话。')).toBeVisible();
    await input.fill('注意力😀');
    await expect(page.getByText('迷你 GPT：模型的字表里没有 「😀」')).toBeVisible();
    await expect(side(page, 'GPT').locator('figure')).toHaveAttribute('data-n', '4');
    await expect(side(page, 'BERT').locator('figure')).toHaveAttribute('data-n', '5');
    expect(errors).toEqual([]);

    await open(page, '?hide=text,layer');
    await expect(page.getByLabel(/^句子/)).toHaveCount(0);
    await expect(page.getByLabel('层', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('头', { exact: true })).toBeVisible();
  });

  test('has no axe violations in light and dark mode, and fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '');
      const result = await axe(page).include('[data-widget="attention-masks"]').analyze();
      expect(axeViolations(result), scheme).toEqual([]);
    }
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
});
