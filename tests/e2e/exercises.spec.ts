import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chapters, axeViolations, axe } from './book';
import { DEMOS } from '@/lib/demos/registry';

/**
 * The exercise sheets, /exercises/<slug>/ (app/(book)/exercises/[chapter]/page.tsx): every exercise
 * of the chapter, numbered, for printing on A4; the answers only with ?answers=1. And a printed
 * chapter, whose demos print as figures with their full address.
 */
test.use({ viewport: { width: 1280, height: 800 } });

/** Two chapters with exercises, one with display math in an answer, one with a link into the chapter. */
const SLUGS = ['backprop', 'attention'];

/** Where the screenshots of the sheet go (LOOK at them after a change of its CSS). */
const SHOTS = process.env.HANDOUT_SHOTS_DIR;

/** The page's effects have run: the toolbar's switch has read the query. */
const ready = (page: Page) => expect(page.locator('.handout-source-url').first()).toHaveText(/^http/);

const visibility = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).checkVisibility()));

for (const slug of SLUGS) {
  test(`/exercises/${slug}/ lists exactly the chapter's exercises, and shows the answers only with ?answers=1`, async ({ page }) => {
    const chapter = chapters.find((c) => c.slug === slug)!;
    await page.goto(`/${slug}/`);
    const titles = await page.locator('article .box.exercise > .box-title').allTextContents();
    expect(titles.length).toBeGreaterThan(2);
    const link = page.getByRole('link', { name: '打印本章习题' });
    await expect(link).toHaveAttribute('href', `/exercises/${slug}/`);

    await link.click();
    await expect(page).toHaveURL(`/exercises/${slug}/`);
    await ready(page);
    await expect(page.locator('h1')).toHaveText(`第 ${chapter.chapter} 章　${chapter.title}`);
    await expect(page.locator('.handout-book')).toContainText('大模型互动教科书');
    const exercises = page.locator('.handout-exercise');
    await expect(exercises).toHaveCount(titles.length);
    // Numbered 1, 2, …, with the chapter's titles ("练习：多条路径" → "练习 1：多条路径").
    const numbered = await page.locator('.handout-exercise-title').allTextContents();
    expect(numbered).toEqual(titles.map((t, i) => t.replace(/^练习/, `练习 ${i + 1}`)));
    // Each one links back to the section it sits under in the chapter.
    const hrefs = await exercises.locator('.handout-source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(chapter.exercises.map((e) => `/${slug}/#${e.sectionId}`));
    // The math is KaTeX's HTML, as in the chapter.
    expect(await page.locator('.handout-statement .katex').count()).toBeGreaterThan(titles.length);

    // The students' copy: the answers are in the page (one per exercise) but not shown.
    await expect(page.locator('.handout-answer')).toHaveCount(titles.length);
    expect(await visibility(page, '.handout-answer')).toEqual(titles.map(() => false));
    expect(await visibility(page, '.handout-space')).toEqual(titles.map(() => true));

    await page.getByRole('link', { name: '显示答案' }).click();
    await expect(page).toHaveURL(`/exercises/${slug}/?answers=1`);
    await ready(page);
    await expect.poll(() => visibility(page, '.handout-answer')).toEqual(titles.map(() => true));
    expect(await visibility(page, '.handout-space')).toEqual(titles.map(() => false));
    await expect(page.locator('.handout-teacher')).toBeVisible();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `handout-${slug}-answers-screen-1280.png`), fullPage: true });
    // Each answer is its exercise's: the chapter's answers, in the same order.
    const handoutAnswers = await page.locator('.handout-answer').evaluateAll((els) => els.map((e) => e.textContent?.replace(/^答案/, '')));
    await page.goto(`/${slug}/`);
    const chapterAnswers = await page.locator('article details.answer .answer-body').evaluateAll((els) => els.map((e) => e.textContent));
    expect(handoutAnswers).toEqual(chapterAnswers);
  });
}

test('in print the sheet is the exercises alone, in black on white, and the answers stay hidden without the query', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/exercises/backprop/');
  await ready(page);
  const n = await page.locator('.handout-exercise').count();
  expect(n).toBeGreaterThan(2);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'handout-screen-1280-dark.png'), fullPage: true });
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await expect(page.locator('.site-header')).toBeVisible();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['.site-header', '.site-footer', '.handout-toolbar', '.handout-back', '.skip-link']) {
    await expect(page.locator(selector), selector).toBeHidden();
  }
  await expect(page.locator('button:visible')).toHaveCount(0);
  expect(await visibility(page, '.handout-answer')).toEqual(Array(n).fill(false));
  const colours = await page.locator('.handout-exercise').first().evaluate((el) => ({
    text: getComputedStyle(el).color,
    background: getComputedStyle(document.body).backgroundColor,
    sheet: getComputedStyle(el.closest('.handout')!).backgroundColor,
    link: getComputedStyle(el.querySelector('.handout-source a')!).color,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', sheet: 'rgb(255, 255, 255)', link: 'rgb(0, 0, 0)' });
  // On paper each exercise gives its section's full address, and is not cut across two pages.
  const origin = new URL(page.url()).origin;
  const urls = await page.locator('.handout-source-url').evaluateAll((els) => els.map((e) => [(e as HTMLElement).checkVisibility(), e.textContent]));
  const chapter = chapters.find((c) => c.slug === 'backprop')!;
  expect(urls).toEqual(chapter.exercises.map((e) => [true, `${origin}/backprop/#${e.sectionId}`]));
  expect(await page.locator('.handout-exercise').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'handout-print-media.png'), fullPage: true });
  // What the PDF's first page holds: A4's width less the margins (180 mm at 96 px per inch), and
  // its height (263 mm).
  await page.setViewportSize({ width: 680, height: 994 });
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'handout-pdf-page1.png') });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(pages).toBeGreaterThanOrEqual(1);
  await testInfo.attach('backprop-handout.pdf', { body: pdf, contentType: 'application/pdf' });
  if (SHOTS) fs.writeFileSync(path.join(SHOTS, 'handout-backprop.pdf'), pdf);

  // The instructor's copy prints its answers.
  await page.goto('/exercises/backprop/?answers=1');
  await ready(page);
  expect(await visibility(page, '.handout-answer')).toEqual(Array(n).fill(true));
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'handout-print-media-answers.png'), fullPage: true });
});

test('without JavaScript the sheet is the students\u2019 copy, even with ?answers=1, and has no dead buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/exercises/attention/?answers=1');
  const n = await page.locator('.handout-exercise').count();
  expect(n).toBeGreaterThan(2);
  expect(await visibility(page, '.handout-answer')).toEqual(Array(n).fill(false));
  await expect(page.locator('.handout-toolbar')).toBeHidden();
  await context.close();
});

for (const query of ['', '?answers=1']) {
  test(`/exercises/attention/${query} has no axe violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/exercises/attention/${query}`);
    await ready(page);
    const result = await axe(page).analyze();
    expect(axeViolations(result)).toEqual([]);
  });
}

test('a printed chapter shows each demo as a figure with its full address, in black on white', async ({ page }) => {
  const demos = DEMOS.filter((d) => d.chapter === 'backprop');
  expect(demos.length).toBeGreaterThan(1);
  await page.goto('/backprop/');
  await expect(page.locator('nav.toc a[aria-current="location"]')).toHaveCount(1);
  // A reader whose system is in dark mode prints black on white too.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('article .mdx > p').first().evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor])).toEqual([
    'rgb(0, 0, 0)',
    'rgb(255, 255, 255)',
  ]);
  const origin = new URL(page.url()).origin;
  for (const d of demos) {
    const figure = page.locator(`[data-demo-print="${d.name}"]`);
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText(`演示：${d.title}`);
    await expect(figure).toContainText(d.description);
    await expect(figure.locator('.demo-print-url a')).toHaveText(`${origin}/backprop/#demo-${d.name}`);
  }
  await expect(page.getByRole('link', { name: '打印本章习题' })).toBeHidden();
});
