/**
 * Every demo laid out for learning (issue 13), at 360×740 (a phone) and 1280×800, light and dark:
 *   - with the demo's top at the top of the screen, its picture ([data-demo-visual]) begins on the
 *     screen and shows at least a third of it (or all of itself), and its run control
 *     ([data-demo-run]: the button that starts the computation, or the input of a demo that
 *     recomputes as one types) is wholly on the screen;
 *   - no text in the demo renders below 11 CSS px (HTML text by its element's font size, SVG text
 *     by its font size times the drawing's scale on screen; visually hidden text excepted);
 *   - the page does not scroll sideways;
 *   - axe finds no violation in the demo;
 *   - the demo's height as mounted is its registry reservation (height at 1280, phoneHeight at 360)
 *     within ±HEIGHT_TOLERANCE px: more and the page jumps when it mounts, less and an empty band
 *     is left at the bottom of the demo.
 * One page load per demo and screen; the theme is switched in place (data-theme on <html>, which
 * the canvas demos follow). The page-wide axe checks of the chapters (tests/e2e/book.ts) cover the
 * rest of the page; here axe looks at the demo alone, after the layout checks.
 *
 * LAYOUT_DEMOS=attention,attention-masks runs only those demos.
 */
import { axeViolations, axe } from '../book';
import { expect, test, type Page } from '@playwright/test';
import { DEMOS } from '@/lib/demos/registry';

/**
 * Less than half a line of body text (17 px × 1.7): a difference a reader does not see as a jump or
 * a gap, and room for what varies between machines with the same fonts (sub-pixel line boxes,
 * canvas rounding). The heights themselves are measured in headless Chromium with Noto CJK.
 */
const HEIGHT_TOLERANCE = 12;
const MIN_TEXT_PX = 11;

const only = (process.env.LAYOUT_DEMOS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const demos = only.length ? DEMOS.filter((d) => only.includes(d.name)) : DEMOS;

test('LAYOUT_DEMOS names registered demos', () => {
  expect(only.filter((n) => !DEMOS.some((d) => d.name === n))).toEqual([]);
});

/**
 * Waits until the figure's natural height (without its reservation, which never changes) has not
 * changed for 600 ms: the models loaded, the first run drawn.
 */
async function settle(page: Page, selector: string) {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const h = await naturalHeight(page, selector);
    if (h !== last) {
      last = h;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 600) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`${selector} kept changing its height for 30 s`);
}

/** Texts in the figure drawn below MIN_TEXT_PX: "text" 9.6px. */
function smallTexts(page: Page, selector: string) {
  return page.locator(selector).evaluate((root, min) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement as Element | null;
      if (!text || !el) continue;
      // Not drawn: display none, visibility hidden, inside a closed <details>, or visually hidden (1 px clipped).
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (el.closest('.visually-hidden, [hidden]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.c, m.d);
      }
      if (size < min - 0.01) out.push(`"${text.slice(0, 30)}" ${size.toFixed(1)}px (<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">)`);
    }
    return out;
  }, MIN_TEXT_PX);
}

/** The height the figure would have without its reservation (min-height). */
function naturalHeight(page: Page, selector: string) {
  return page.locator(selector).evaluate((el: HTMLElement) => {
    const before = el.style.minHeight;
    el.style.minHeight = '0px';
    const h = el.getBoundingClientRect().height;
    el.style.minHeight = before;
    return h;
  });
}

for (const demo of demos) {
  for (const [width, height, reserved] of [
    [360, 740, demo.phoneHeight],
    [1280, 800, demo.height],
  ] as const) {
    test(`${demo.name} at ${width}×${height}, light and dark: picture and run control on screen, text ≥ ${MIN_TEXT_PX} px, no sideways scroll, axe clean, height as reserved`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/${demo.chapter}/?backend=wasm#demo-${demo.name}`);
      const figure = `figure[data-demo="${demo.name}"]`;
      const shell = page.locator(`${figure} [data-widget="${demo.name}"]`);
      await expect(shell).toHaveAttribute('data-backend', 'wasm', { timeout: 45_000 });
      await expect(shell.locator('[data-demo-visual]')).toHaveCount(1, { timeout: 45_000 });
      await expect(shell.locator('[data-demo-run]').first()).toBeAttached({ timeout: 45_000 });
      // A demo whose run button waits for its model or worker (mini GPT, mini BERT, code cells, GPT
      // training) is still drawing its loading state until the button is enabled; on a busy machine
      // that outlasts the network going idle, and the height below would be the loading state's.
      await expect(shell.locator('[data-demo-run]').first()).toBeEnabled({ timeout: 45_000 });
      // A demo still computing its first result marks it aria-busy (GPT training: the new model's
      // step-0 held-out loss and sample, which arrive after the run button is enabled).
      await expect(shell.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 45_000 });
      await page.waitForLoadState('networkidle');
      await settle(page, figure);

      const natural = await naturalHeight(page, figure);
      expect(natural, `mounted ${natural.toFixed(0)} px, reserved ${reserved} px at ${width} px`).toBeGreaterThanOrEqual(reserved - HEIGHT_TOLERANCE);
      expect(natural, `mounted ${natural.toFixed(0)} px, reserved ${reserved} px at ${width} px`).toBeLessThanOrEqual(reserved + HEIGHT_TOLERANCE);

      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        // The demo's top at the top of what the reader sees: just under the sticky header.
        const top = await page.locator(figure).evaluate((el) => {
          const header = document.querySelector('header.site-header')?.getBoundingClientRect().bottom ?? 0;
          window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - header);
          return header;
        });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const where = `${demo.name} at ${width}×${height}, ${theme}`;

        const boxes = await shell.evaluate((el) => {
          const rect = (sel: string) => {
            const r = el.querySelector(sel)?.getBoundingClientRect();
            return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null;
          };
          return { visual: rect('[data-demo-visual]'), run: rect('[data-demo-run]'), vw: document.documentElement.clientWidth, vh: window.innerHeight };
        });
        const { visual, run, vw, vh } = boxes;
        expect(visual, `${where}: [data-demo-visual]`).not.toBeNull();
        expect(run, `${where}: [data-demo-run]`).not.toBeNull();
        expect(visual!.top, `${where}: the picture begins on screen, under the header`).toBeGreaterThanOrEqual(top - 1);
        const shown = Math.min(visual!.bottom, vh) - Math.max(visual!.top, top);
        expect(shown, `${where}: the picture shows ${shown.toFixed(0)} px`).toBeGreaterThanOrEqual(Math.min(visual!.height, (vh - top) / 3) - 1);
        expect(run!.top, `${where}: run control top, under the header`).toBeGreaterThanOrEqual(top - 1);
        expect(run!.bottom, `${where}: run control bottom`).toBeLessThanOrEqual(vh);
        expect(run!.left, `${where}: run control left`).toBeGreaterThanOrEqual(0);
        expect(run!.right, `${where}: run control right`).toBeLessThanOrEqual(vw);

        expect(await smallTexts(page, figure), `${where}: text below ${MIN_TEXT_PX} px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      }

      // axe reads the whole document even when told to check one element (40 s for a chapter), so
      // the rest of the chapter goes first: the figure keeps its ancestors, and with them its
      // backgrounds and colours.
      await page.locator(figure).evaluate((el) => {
        for (let node: Element = el; node.parentElement; node = node.parentElement) {
          for (const sibling of [...node.parentElement.children]) if (sibling !== node && sibling.tagName !== 'SCRIPT') sibling.remove();
        }
      });
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const result = await axe(page).include(figure).analyze();
        expect(axeViolations(result), `${demo.name} at ${width}×${height}, ${theme}: axe`).toEqual([]);
      }
    });
  }
}
