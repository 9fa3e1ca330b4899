import { expect, test, type Page } from '@playwright/test';
import { chapters } from './book';

/**
 * A chapter on a 360×740 phone: wide formulas, tables and code scroll sideways and say so (a shadow
 * at the edge that hides more); the header stays on screen, and from it the contents (the chapter's
 * and the book's) and the top of the page are one tap away from anywhere.
 */
test.use({ viewport: { width: 360, height: 740 } });

const BLOCKS = '.mdx .katex-display, .mdx .table-wrap, .mdx pre';

/** Every wide block of the page: whether it scrolls, and how its background is painted. */
async function wideBlocks(page: Page) {
  // Blocks far off screen are not laid out (content-visibility), so they have no overflow to measure.
  await page.addStyleTag({ content: '.mdx > * { content-visibility: visible !important; }' });
  return page.locator(BLOCKS).evaluateAll((els) =>
    els
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        const style = getComputedStyle(el);
        const before = el.scrollLeft;
        el.scrollLeft = 40;
        const moved = el.scrollLeft - before;
        el.scrollLeft = before;
        return {
          what: `${el.className || el.tagName} «${(el.textContent ?? '').slice(0, 30)}»`,
          overflowX: style.overflowX,
          attachment: style.backgroundAttachment,
          image: style.backgroundImage,
          moved,
          focusable: (el as HTMLElement).tabIndex >= 0,
        };
      }),
  );
}

test('every block wider than the phone scrolls, can be reached from the keyboard, and shows a scroll cue', async ({ page }) => {
  test.setTimeout(180_000);
  let total = 0;
  for (const c of chapters) {
    await page.goto(`/${c.slug}/`);
    const blocks = await wideBlocks(page);
    total += blocks.length;
    for (const b of blocks) {
      expect(['auto', 'scroll'], `${c.slug}: ${b.what}`).toContain(b.overflowX);
      expect(b.moved, `${c.slug}: ${b.what} scrolls`).toBeGreaterThan(0);
      expect(b.focusable, `${c.slug}: ${b.what} is focusable`).toBe(true);
      // Two covers that travel with the content (local) over two shadows fixed at the edges (scroll).
      expect(b.attachment, `${c.slug}: ${b.what}`).toMatch(/local.*local.*scroll.*scroll/);
      expect(b.image.match(/radial-gradient/g) ?? [], `${c.slug}: ${b.what}`).toHaveLength(2);
    }
  }
  // The check found something to check: chapter 5 alone had 8 blocks cut at the right edge.
  expect(total).toBeGreaterThanOrEqual(8);
});

test('the scroll cue shows at the edge with more to see, and goes at the edge scrolled to', async ({ page }) => {
  await page.goto('/attention/');
  await page.addStyleTag({ content: '.mdx > * { content-visibility: visible !important; } .cue-off { background: var(--scroll-bg) !important; }' });
  const index = await page.locator(BLOCKS).evaluateAll((els) => els.findIndex((el) => el.scrollWidth > el.clientWidth + 40));
  expect(index).toBeGreaterThanOrEqual(0);
  const wide = page.locator(BLOCKS).nth(index);
  await wide.scrollIntoViewIfNeeded();
  /** The mean brightness of a 6 px strip at an edge of the block, as painted now. */
  const brightness = async (edge: 'left' | 'right') => {
    const box = (await wide.boundingBox())!;
    const x = edge === 'left' ? box.x : box.x + box.width - 6;
    const png = await page.screenshot({ clip: { x, y: box.y + 2, width: 6, height: Math.max(4, box.height - 4) } });
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += data[i] + data[i + 1] + data[i + 2];
      return sum / (data.length / 4) / 3;
    }, png.toString('base64'));
  };
  /** How much darker each edge is with the cue than without it, the content being the same. */
  const shade = async () => {
    const on = { left: await brightness('left'), right: await brightness('right') };
    await wide.evaluate((el) => el.classList.add('cue-off'));
    const off = { left: await brightness('left'), right: await brightness('right') };
    await wide.evaluate((el) => el.classList.remove('cue-off'));
    return { left: off.left - on.left, right: off.right - on.right };
  };
  const start = await shade();
  expect(start.right, 'a shade at the right edge, where there is more').toBeGreaterThan(4);
  expect(Math.abs(start.left), 'none at the left edge').toBeLessThan(1);
  await wide.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const end = await shade();
  expect(end.left, 'a shade at the left edge once scrolled to the end').toBeGreaterThan(4);
  expect(Math.abs(end.right), 'none at the right edge').toBeLessThan(1);
});

test('the header stays on screen, and the contents open from the middle of a chapter', async ({ page }) => {
  const chapter = chapters.find((c) => c.slug === 'attention')!;
  const late = chapter.headings.filter((h) => h.depth <= 3).at(-3)!;
  await page.goto(`/${chapter.slug}/`);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  const header = page.locator('.site-header');
  await expect(header).toBeInViewport();
  expect((await header.boundingBox())!.y).toBe(0);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(50);

  const button = page.getByRole('button', { name: '目录' });
  await button.click();
  const panel = page.locator('#contents-panel');
  await expect(panel).toBeVisible();
  // This chapter's sections, the section being read marked, and the book's chapters.
  await expect(panel.locator('[data-toc] a')).toHaveCount(chapter.headings.filter((h) => h.depth <= 3).length);
  await expect(panel.locator('[data-toc] a[aria-current="location"]')).toHaveCount(1);
  await expect(panel.locator('.chapter-list a')).toHaveCount(chapters.length);
  await expect(panel.locator('.chapter-list a[aria-current="page"]')).toHaveText(new RegExp(chapter.title));
  await panel.locator(`[data-toc] a[href="#${late.id}"]`).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${late.id}$`));
  const headerBottom = (await header.boundingBox())!.height;
  await expect.poll(() => page.locator(`#${late.id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  await expect(page.locator(`#${late.id}`)).toBeInViewport();

  // Keyboard: the button opens it, Escape closes it and gives the focus back.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();

  // Back to the top.
  await page.getByRole('link', { name: '回到顶部' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('the contents open without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/backprop/');
  await page.getByRole('button', { name: '目录' }).click();
  await expect(page.locator('#contents-panel [data-toc] a').first()).toBeVisible();
  await context.close();
});

test('pages without a chapter show no 目录 or 回到顶部', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByRole('button', { name: '目录' })).toBeHidden();
  await expect(page.getByRole('link', { name: '回到顶部' })).toBeHidden();
});
