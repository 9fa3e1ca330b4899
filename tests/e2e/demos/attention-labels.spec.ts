/**
 * The GPT/BERT attention maps (components/demos/kit/WeightCanvas.tsx, in the attention-masks demo)
 * stay readable for a long sentence: the characters along both axes never render below 11 px, at
 * 360 px as at 1280 px; a map wider or taller than its column scrolls inside its figure (not the
 * page), says so in a line of text and with a fade on the edge that has more, and keeps the
 * keyboard cursor in sight.
 */
import { expect, test, type Page } from '@playwright/test';
import { smallestTexts } from './text-size';

/** 40 characters the mini models know (BERT reads 41 positions with its [CLS]). */
const LONG = '反向传播用链式法则计算每个参数的梯度'.repeat(2) + '梯度下降';

const shellOf = (page: Page) => page.locator('[data-widget="attention-masks"]');
const side = (page: Page, name: 'GPT' | 'BERT') => page.locator(`[data-maps][aria-busy="false"] [data-model="迷你 ${name}"]`);

async function open(page: Page, text: string) {
  await page.goto(`/embed/attention-masks/?backend=wasm&attention-masks.text=${encodeURIComponent(text)}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', 'wasm', { timeout: 45_000 });
  await expect(side(page, 'BERT').locator('figure')).toHaveAttribute('data-n', String(Array.from(text).length + 1), { timeout: 30_000 });
}

/** The map's scroll box: its scroll extent and position. */
const scrollBox = (page: Page, name: 'GPT' | 'BERT') =>
  side(page, name)
    .locator('canvas')
    .evaluate((canvas) => {
      let el: HTMLElement | null = canvas.parentElement;
      while (el && getComputedStyle(el).overflowX !== 'auto') el = el.parentElement;
      if (!el) throw new Error('no scroll box around the map');
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollLeft: el.scrollLeft, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight };
    });

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  test(`at ${width} px a 40-character sentence keeps every axis label at 11 px or more, and the map scrolls inside its figure`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, LONG);
    for (const name of ['GPT', 'BERT'] as const) {
      const figure = side(page, name).locator('figure');
      // every character of the sentence is a label on both axes
      await expect(figure.locator('[aria-hidden="true"] span')).toHaveCount(2 * (Array.from(LONG).length + (name === 'BERT' ? 1 : 0)));
      expect(await smallestTexts(figure, 11), name).toEqual([]);
      const box = await scrollBox(page, name);
      expect(box.scrollHeight, `${name}: taller than its box`).toBeGreaterThan(box.clientHeight);
      await expect(figure.locator('[data-scroll-hint]')).toBeVisible();
    }
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
}

test('at 360 px the map scrolls sideways; the fade marks the side with more, and the keyboard cursor is kept in sight', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, LONG);
  const before = await scrollBox(page, 'GPT');
  expect(before.scrollWidth).toBeGreaterThan(before.clientWidth);
  expect(before.scrollLeft).toBe(0);
  const frame = side(page, 'GPT').locator('[data-more-right]');
  await expect(frame).toHaveCount(1);
  await side(page, 'GPT').getByRole('application').focus();
  await page.keyboard.press('End'); // the last column of the first row
  await expect.poll(async () => (await scrollBox(page, 'GPT')).scrollLeft).toBeGreaterThan(0);
  const after = await scrollBox(page, 'GPT');
  expect(after.scrollLeft + after.clientWidth).toBeGreaterThanOrEqual(after.scrollWidth - 1);
  await expect(side(page, 'GPT').locator('[data-more-right]')).toHaveCount(0);
  await expect(side(page, 'GPT').locator('[data-more-left]')).toHaveCount(1);
});

test('a short sentence needs no scrolling and shows no hint', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '模型只能看到前面的字');
  for (const name of ['GPT', 'BERT'] as const) await expect(side(page, name).locator('[data-scroll-hint]')).toHaveCount(0);
});
