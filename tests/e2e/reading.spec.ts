import { expect, test } from '@playwright/test';
import { chapters, pages, axeViolations, axe } from './book';

test.describe('accessibility (axe-core)', () => {
  for (const path of pages) {
    test(`${path} has no violations in light mode, and no colour violation in dark mode`, async ({ page }) => {
      // axe checks every element: a long chapter (15,000+ KaTeX spans, ~100 term links) took 20–32 s
      // on this 2-core machine when quiet (25–74 s under load), above the default 60 s twice over.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(axeViolations(await axe(page).analyze()), 'light').toEqual([]);
      // The dark palette changes colours only (app/globals.css follows the system's scheme live), so
      // in dark mode only the rules about colour run again: a third of the time of all rules.
      const background = () => page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(background, 'the dark palette in force').not.toBe(light);
      expect(axeViolations(await axe(page).withRules(['color-contrast', 'link-in-text-block']).analyze()), 'dark').toEqual([]);
    });
  }
});

test('the axe set-up finds what it should: text of too low contrast and an image without alt, planted in a page', async ({ page }) => {
  await page.goto('/errata/');
  await page.locator('main').evaluate((main) => {
    const faint = document.createElement('p');
    faint.textContent = '几乎看不见的字';
    faint.style.color = '#ddd';
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    main.append(faint, img);
  });
  expect(axeViolations(await axe(page).analyze()).map((v) => v.split(':')[0])).toEqual(['color-contrast', 'image-alt']);
});

test.describe('a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of pages) {
    test(`${path} has no horizontal scroll, does not shift, and every link or button is a big enough target`, async ({ page }) => {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      // WCAG 2.5.8 (24 px, or room around it), which Lighthouse checks at a phone's width: on a
      // desktop a glossary link alone in a table cell has room around it, on a phone it did not.
      // The page settles without moving (Lighthouse's bar: CLS ≤ 0.02), e.g. no content-visibility
      // estimate near the top replaced by the real height once laid out.
      await page.waitForLoadState('load');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 1000);
          }),
      );
      expect(shift, 'cumulative layout shift').toBeLessThanOrEqual(0.02);
      const targets = await axe(page).withRules(['target-size']).analyze();
      expect(targets.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const c of chapters) {
    test(`${c.slug} reads completely`, async ({ page }) => {
      await page.goto(`/${c.slug}/`);
      await expect(page.locator('h1')).toHaveText(c.title);
      for (const h of c.headings) await expect(page.locator(`#${h.id}`)).toBeVisible();
      // textContent, not innerText: blocks far off screen are not rendered yet (content-visibility).
      const text = (await page.locator('article').textContent()) ?? '';
      expect(text.length).toBeGreaterThan(3000);
      expect(text).toContain(c.summary);
      await expect(page.locator('.katex-error')).toHaveCount(0);
    });
  }
  test('math is rendered in the HTML itself', async ({ page }) => {
    await page.goto('/gradient-descent/');
    await expect(page.locator('#sec-2-1')).toBeVisible();
    await expect(page.locator('article .katex-display').filter({ visible: true }).first()).toBeVisible();
    expect(await page.locator('article .katex-display').count()).toBeGreaterThan(5);
  });
});

test('dark mode follows the system and can be toggled, and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/attention/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  // The toggle says what it will do: 深色模式 (a moon) while light, 浅色模式 (a sun) while dark.
  const toDark = page.getByRole('button', { name: '深色模式' });
  const toLight = page.getByRole('button', { name: '浅色模式' });
  await expect(toDark).toBeVisible();
  await expect(toLight).toHaveCount(0);
  await toDark.click();
  await expect(toLight).toBeVisible();
  await expect(toDark).toHaveCount(0);
  const dark = await bg();
  expect(dark).not.toBe(light);
  await page.reload();
  expect(await bg()).toBe(dark);
  await expect(toLight).toBeVisible();
  await toLight.click();
  expect(await bg()).toBe(light);
  await expect(toDark).toBeVisible();
  // With no stored choice the system's scheme wins, and the toggle follows it.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg()).toBe(dark);
  await expect(toLight).toBeVisible();
  // Its icon is inline SVG, not a glyph the system may lack.
  await expect(toLight.locator('svg').filter({ visible: true })).toHaveCount(1);
  await expect(toLight).toHaveText('浅色模式', { useInnerText: true });
});

test('a heading link copies the section URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/backprop/');
  await page.locator('#sec-2-2 a.heading-anchor').click();
  await expect(page.locator('.toast[role="status"]')).toHaveText('已复制本节链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/backprop/#sec-2-2`);
  await expect(page).toHaveURL(/#sec-2-2$/);
});

test('the on-page contents highlight the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const chapter = chapters.find((c) => c.headings.filter((h) => h.depth <= 3).length >= 3)!;
  // A long section near the end (练习), which can scroll up to the reading line; the last one (参考文献)
  // is short and sits at the foot of the page.
  const target = chapter.headings.filter((h) => h.depth <= 3).at(-2)!;
  await page.goto(`/${chapter.slug}/`);
  const current = page.locator('nav.toc a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `#${chapter.headings[0].id}`);
  await page.locator(`#${target.id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(current).toHaveAttribute('href', `#${target.id}`);
});

test('print shows the text and formulas without navigation', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/gradient-descent/');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', 'nav.sidebar', 'nav.toc', '.prev-next']) await expect(page.locator(sel)).toBeHidden();
  await expect(page.locator('.katex-display').first()).toBeVisible();
  await expect(page.locator('article h1')).toBeVisible();
});
