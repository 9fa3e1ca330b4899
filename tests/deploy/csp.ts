/**
 * What the nginx projects' specs share (playwright.config.ts, projects nginx and nginx-basepath):
 * which build the project serves, its pages, and a watch on CSP violations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

/** Which build this project serves: out/ at the root, or out-basepath/ under /course (playwright.config.ts). */
export function build(info: TestInfo): { dir: string; base: string } {
  const { dir, base } = info.project.metadata as { dir?: string; base?: string };
  if (!dir || base === undefined) throw new Error(`project ${info.project.name} has no metadata { dir, base }`);
  if (!fs.existsSync(path.join(dir, 'nginx-csp.conf'))) throw new Error(`${dir}/nginx-csp.conf is missing: build first (npm run build, npm run build:basepath)`);
  return { dir, base };
}

/** Every exported page, as the URL nginx answers it with: a/index.html → /a/. */
export function exportedPages(dir: string, base: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('_next/'))
    .map((f) => `${base}/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/** Collects CSP violations (in any document of the page, across navigations) and CSP console messages. */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  return violations;
}

/** Pages per test: one browser context loads them one after the other. */
const PAGES_PER_TEST = 10;

/**
 * Every exported page of `dir` (read when the tests are listed) loads with zero CSP violations. The
 * pages go in groups of PAGES_PER_TEST, each group one test in one browser context: a context per
 * page cost as much as the page itself on two loaded cores, and each violation names its page.
 */
export function pageTests(dir: string, base: string) {
  const pages = exportedPages(dir, base);
  test.describe(`every page of ${dir}/ loads with zero CSP violations`, () => {
    for (let i = 0; i < pages.length; i += PAGES_PER_TEST) {
      const group = pages.slice(i, i + PAGES_PER_TEST);
      test(`${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({ page }, info) => {
        test.setTimeout(30_000 + group.length * 20_000);
        expect(build(info).dir, 'the project serving this build (playwright.config.ts)').toBe(dir);
        const violations = await watchCsp(page);
        for (const url of group) {
          const response = await page.goto(url);
          expect(response?.status(), url).toBe(200);
          expect(response?.headers()['content-security-policy'], url).toContain("default-src 'self'");
          await page.waitForLoadState('networkidle');
          // Short links forward with a script: the page they land on is checked too.
          expect(violations, url).toEqual([]);
        }
      });
    }
  });
}
