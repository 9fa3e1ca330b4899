/**
 * The glossary: /glossary/ lists every entry at /glossary/#term-<id>; the chapters' term links lead
 * there without JavaScript and, with it, show the definition on hover, keyboard focus or a first
 * tap, in a role="tooltip" popover that Escape hides and that moves nothing on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadGlossary } from '@/lib/content/glossary';
import { chapters, watchErrors } from './book';

const glossary = loadGlossary();
const CHAPTER = '/attention/';
/** The first term link of the chapter's text. */
const firstTerm = (page: Page) => page.locator('.mdx a.term').first();

test('/glossary/ lists every entry under its permanent id, grouped', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/glossary/#term-softmax');
  await expect(page.locator('.glossary-entry')).toHaveCount(glossary.length);
  for (const e of glossary.slice(0, 20)) await expect(page.locator(`#term-${e.id} dt`)).toContainText(e.zh);
  await expect(page.locator('#term-softmax')).toBeInViewport();
  const groups = new Set(glossary.map((e) => e.group));
  await expect(page.locator('.glossary h2')).toHaveCount(groups.size);
  // Each "见" link opens the section the entry names.
  const see = page.locator('#term-learning-rate .glossary-meta a').first();
  await expect(see).toHaveAttribute('href', '/gradient-descent/#gd-learning-rate');
  expect(errors).toEqual([]);
});

test('every term link of every chapter points at an entry of /glossary/', async ({ page }) => {
  await page.goto('/glossary/');
  const ids = new Set(await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id)));
  let links = 0;
  for (const c of chapters) {
    await page.goto(`/${c.slug}/`);
    const hrefs = await page.locator('.mdx a.term').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(ids.has(h.replace('/glossary/#', '')), `${c.slug}: ${h}`).toBe(true);
    expect(hrefs.every((h) => h.startsWith('/glossary/#term-')), c.slug).toBe(true);
    links += hrefs.length;
  }
  expect(links).toBeGreaterThan(300);
});

test('keyboard: focus shows the definition, Escape hides it, Enter follows the link', async ({ page }) => {
  await page.goto(CHAPTER);
  const link = firstTerm(page);
  const id = (await link.getAttribute('data-term'))!;
  const entry = glossary.find((e) => e.id === id)!;
  // Reach the link with Tab from the element just before it in the tab order.
  await link.evaluate((a) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')].filter((e) => e.checkVisibility());
    all[all.indexOf(a as HTMLElement) - 1].focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(entry.definition);
  await expect(link).toHaveAttribute('aria-describedby', 'term-popover');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/glossary/#term-${id}$`));
});

test('hover shows the definition without moving the text; leaving hides it', async ({ page }) => {
  await page.goto(CHAPTER);
  const link = firstTerm(page);
  const before = await page.locator('.mdx').boundingBox();
  const linkBefore = await link.boundingBox();
  await link.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await page.locator('.mdx').boundingBox()).toEqual(before);
  expect(await link.boundingBox()).toEqual(linkBefore);
  // The pointer may travel onto the popover (to follow its link) without closing it.
  await page.getByRole('tooltip').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a first tap shows the definition inside the screen; its link opens the glossary', async ({ page }) => {
    await page.goto(CHAPTER);
    const link = firstTerm(page);
    const id = await link.getAttribute('data-term');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await page.waitForTimeout(500); // a navigation, had the tap followed the link, would have begun
    expect(new URL(page.url()).pathname).toBe(CHAPTER);
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await tip.getByRole('link', { name: '查看术语表' }).tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/#term-${id}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its entry', async ({ page }) => {
    await page.goto(CHAPTER);
    const link = firstTerm(page);
    const id = await link.getAttribute('data-term');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#term-${id}$`));
    await expect(page.locator(`#term-${id}`)).toBeVisible();
  });
});

test('the home page links to the glossary', async ({ page }) => {
  await page.goto('/');
  await page.locator('main').getByRole('link', { name: '术语表' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
});
