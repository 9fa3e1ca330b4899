/**
 * The scaling demo (chapter 9): mounts in its chapter, shows the exponent that a Node fit of the
 * shipped experiment gives, refits when a size is left out (and writes it to the URL), restores a
 * linked state (compute axis, sizes left out) under /embed/, and has no axe violations at 360×740
 * in light and dark.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analyse } from '@/lib/demos/scaling/analysis';
import { scalingFileSchema } from '@/lib/demos/scaling/experiment';
import { PARAMS } from '@/lib/demos/scaling/params';
import { defaults } from '@/lib/demos/params';
import { fixed } from '@/lib/demos/format';
import { watchErrors, axeViolations, axe } from '../book';

const shipped = scalingFileSchema.parse(JSON.parse(fs.readFileSync('public/models/scaling.json', 'utf8')));
const D = defaults(PARAMS);
const alphaOf = (v: Partial<typeof D>) => analyse(shipped, { ...D, ...v }).fit.alpha;

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('figure[data-demo="scaling"], [data-widget="scaling"]').first().scrollIntoViewIfNeeded();
  const shell = page.locator('[data-widget="scaling"]');
  await expect(shell.locator('[data-alpha]')).toBeVisible({ timeout: 30_000 });
  return shell;
}

const alphaShown = async (page: Page) => Number(await page.locator('[data-widget="scaling"] [data-alpha]').getAttribute('data-alpha'));

test('mounts in chapter 9 with the Node fit, and refits when a size is left out', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, '/future/');
  await expect(shell.locator('[data-size]')).toHaveCount(shipped.runs.length);
  expect(await alphaShown(page)).toBeCloseTo(alphaOf({}), 10);
  await expect(shell.locator('[data-alpha]')).toContainText(`α = ${fixed(alphaOf({}), 3)}`);
  await shell.locator('[data-size-toggle="0"]').click();
  await expect(shell.locator('[data-size="0"]')).toHaveAttribute('data-kept', 'false');
  await expect.poll(() => alphaShown(page)).toBeCloseTo(alphaOf({ out: [0] }), 10);
  await expect.poll(() => new URL(page.url()).searchParams.get('scaling.out')).toBe('0');
  expect(errors).toEqual([]);
});

test('a link restores the compute axis and the sizes left out; at least three stay in', async ({ page }) => {
  const shell = await open(page, '/embed/scaling/?scaling.x=c&scaling.out=1,2');
  await expect(shell.locator('[data-size="1"]')).toHaveAttribute('data-kept', 'false');
  await expect(shell.locator('[data-size="2"]')).toHaveAttribute('data-kept', 'false');
  expect(await alphaShown(page)).toBeCloseTo(alphaOf({ x: 'c', out: [1, 2] }), 10);
  await expect(shell.getByText(/下包络（计算最优前沿）/)).toBeVisible();
  await expect(shell.getByRole('combobox', { name: '横轴' })).toHaveValue('c');
  // Leaving out four of the remaining five would leave too few points: the fourth toggle is disabled.
  for (const i of [0, 3]) await shell.locator(`[data-size-toggle="${i}"]`).click();
  await expect(shell.locator('[data-size-toggle="4"]')).toBeDisabled();
  await expect(shell.locator('[data-size-toggle="0"]')).toBeEnabled();
});

test('no axe violations at 360×740, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/embed/scaling/');
    const result = await axe(page).include('[data-widget="scaling"]').analyze();
    expect(axeViolations(result), scheme).toEqual([]);
  }
});
