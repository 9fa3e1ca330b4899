/** What the e2e tests know about the book, read from the same loader the site is built with. */
import { loadBook } from '@/lib/content/loader';
import { DOC_SECTIONS } from '@/lib/content/sections';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const chapters = loadBook();
export const sections = DOC_SECTIONS;

/**
 * Every page of the site except the short-link redirects, under a base path: '' for the ordinary
 * build (out/), '/course' for the one built with BASE_PATH=/course (out-basepath/, project basepath).
 */
export function bookPages(base = ''): string[] {
  return ['/', '/s/', '/errata/', '/changelog/', '/glossary/', '/notation/', '/search/', '/teach/', ...chapters.map((c) => `/${c.slug}/`), ...handoutPages, '/404/'].map(
    (p) => `${base}${p}`,
  );
}

/** The exercise sheets (/exercises/<slug>/): one for each chapter that has exercises. */
export const handoutPages = chapters.filter((c) => c.exercises.length > 0).map((c) => `/exercises/${c.slug}/`);
export const pages = bookPages();

/**
 * axe-core on a page, set up for speed without checking less: legacy mode (axe.run in the page, with
 * frames reached by axe's own messaging, instead of partial results gathered from every frame and
 * aggregated again in a blank page) and only the violations processed in full (passes and
 * incomplete keep one node per rule; the tests read only violations). On /backprop/ (about 20,000
 * elements) a full scan took 13.6–21.1 s with the defaults and 6.2 s so (docs/testing.md).
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

/** axe's violations, one line each (the rule, then its first three targets), for an assertion's diff. */
export function axeViolations(result: { violations: { id: string; nodes: { target: unknown[] }[] }[] }): string[] {
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Collects console errors and failed same-origin requests of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/404/')) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

/** A number as the book writes it (U+2212 minus, also in exponents; "1,234"), back to a number. */
export const readNumber = (text: string | null | undefined) => Number((text ?? '').trim().replaceAll('\u2212', '-').replaceAll(',', ''));

/**
 * Opens `url` and waits until the demo `name` has mounted on a backend and shows its visual
 * (`data-demo-visual`); returns the demo's root (`[data-widget]`).
 */
export async function openDemo(page: Page, name: string, url: string, timeout = 30_000): Promise<Locator> {
  await page.goto(url);
  const shell = page.locator(`[data-widget="${name}"]`);
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout });
  await expect(shell.locator('[data-demo-visual]')).toBeVisible();
  return shell;
}
