/**
 * The compute-budget demo: mounts in chapter 2, recomputes as the budget slider moves, shows the
 * numbers a Node computation gives (closed-form optimum, D ≈ 20N, GPU-days), restores a linked
 * state under /embed/, hides what hide= names, and reads out a model's numbers on focus at 360×740.
 */
import { expect, test, type Page } from '@playwright/test';
import { optimum, placeModel, MODELS, ruleOfThumb } from '@/lib/demos/compute-budget/chinchilla';
import { trainingCost } from '@/lib/demos/compute-budget/hardware';
import { sci } from '@/lib/demos/compute-budget/ticks';
import { int } from '@/lib/demos/format';
import { watchErrors } from '../book';

const EMBED = '/embed/compute-budget/';

async function open(page: Page, url: string) {
  await page.goto(url);
  // In a chapter the demo mounts when its figure comes near the screen.
  await page.locator('figure[data-demo="compute-budget"]').scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="compute-budget"]');
  await expect(shell.getByTestId('cb-nopt')).toBeVisible({ timeout: 30_000 });
  return shell;
}

test('mounts in chapter 2 with the chapter’s example and follows the budget slider', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, '/concepts/');
  await expect(shell.getByTestId('cb-nopt')).toHaveText(sci(optimum(3.14e23).n));
  await expect(shell.getByTestId('cb-nrule')).toHaveText(sci(ruleOfThumb(3.14e23).n));
  await expect(shell.getByTestId('cb-days')).toHaveText('28 天');
  await expect(shell.getByTestId('cb-gpudays')).toHaveText(int(trainingCost(3.14e23, 312e12, 0.4, 1024, 2).gpuDays));
  await expect(shell.locator('[data-model]')).toHaveCount(MODELS.length);
  const before = Number(await shell.getAttribute('data-steps'));
  const slider = shell.getByRole('slider', { name: /算力预算/ });
  await slider.fill('25');
  await expect(shell.getByTestId('cb-nopt')).toHaveText(sci(optimum(1e25).n));
  expect(Number(await shell.getAttribute('data-steps'))).toBeGreaterThan(before);
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('compute-budget.c'))).toBe(1e25);
  // The address restores the state.
  const again = await open(page, page.url());
  await expect(again.getByTestId('cb-nopt')).toHaveText(sci(optimum(1e25).n));
  expect(errors).toEqual([]);
});

test('restores a linked state under /embed/', async ({ page }) => {
  const shell = await open(page, `${EMBED}?compute-budget.c=2e21&compute-budget.hw=h100&compute-budget.mfu=0.5&compute-budget.gpus=64`);
  await expect(shell.getByTestId('cb-nopt')).toHaveText(sci(optimum(2e21).n));
  await expect(shell.getByRole('combobox', { name: '加速器' })).toHaveValue('h100');
  await expect(shell.getByTestId('cb-gpudays')).toHaveText(int(trainingCost(2e21, 989e12, 0.5, 64, 2).gpuDays));
  await expect(shell.getByTestId('cb-formula')).toContainText('64 × 9.89 × 10¹⁴ × 0.50');
});

test('hides the models, the formulas and the table when hide= names them', async ({ page }) => {
  const shell = await open(page, `${EMBED}?hide=models,formula,table`);
  await expect(shell.locator('[data-model]')).toHaveCount(0);
  await expect(shell.getByTestId('cb-formula')).toHaveCount(0);
  await expect(shell.locator('details.numbers')).toHaveCount(0);
  await expect(shell.getByTestId('cb-best')).toBeVisible();
});

test('works at 360×740: the chart, the slider and a model’s numbers on focus', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const shell = await open(page, EMBED);
  await expect(shell.locator('[data-demo-visual]')).toBeInViewport();
  await expect(shell.locator('[data-demo-run]')).toBeInViewport();
  const chinchilla = placeModel(MODELS[2]);
  await shell.locator('[data-model="chinchilla"]').focus();
  await expect(shell.getByTestId('cb-readout')).toContainText(`Chinchilla：N = ${sci(chinchilla.n)}`);
  await expect(shell.getByTestId('cb-readout')).toContainText(`L = ${chinchilla.loss.toFixed(3)}`);
  await shell.locator('details.numbers summary').click();
  await expect(shell.locator('details.numbers tbody tr')).toHaveCount(2 + MODELS.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
