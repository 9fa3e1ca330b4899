/**
 * Hostile links: a table of addresses that chat apps, copy-paste and attackers produce (escapes cut
 * in the middle, lone surrogates, bidi controls, 100 KB values, tfjsflags, prototype keys,
 * repeated and unknown keys, markup) × every demo and every chapter. Whatever the link, the prose is
 * there, every demo mounts on a backend (or says why), nothing throws uncaught, no script runs, and
 * every notice is bounded and isolated. To extend: add a row to QUERIES or FRAGMENTS.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ParamSpec } from '@/lib/demos/params';
import { DEMOS } from '@/lib/demos/registry';
import { SPECS } from '@/lib/demos/specs';
import { chapters } from './book';

const XSS = '<img src=x onerror="window.__pwned=1">"\'><script>window.__pwned=1</script>';
/** Long, but under what servers accept in a request line (Node 16 KB, nginx 8 KB: longer links get 414/431 before the page). */
const BIG = 'x'.repeat(6_000);

/** A hostile value for each kind of parameter (the table's own keys, so every decoder path is hit). */
function hostileValues(name: string, params: Readonly<Record<string, ParamSpec>>): string {
  const q = new URLSearchParams();
  for (const [key, spec] of Object.entries(params)) {
    const v = spec.kind === 'text' ? `\u202E${XSS}` : spec.kind === 'list' ? '1,,NaN,1e309' : spec.kind === 'bool' ? 'yes' : spec.kind === 'enum' ? '__proto__' : '1e309';
    q.append(`${name}.${key}`, v);
  }
  return q.toString();
}

/** Query strings, built per demo (name = its namespace). Raw strings: they are not re-encoded. */
const QUERIES: { label: string; query: (name: string) => string }[] = [
  { label: 'a cut escape in an unrelated key', query: () => 'utm_source=%E0%A4%A' },
  { label: 'a cut escape in a demo key', query: (n) => `${n}.text=%E6%A2&${n}.lr=0.1%` },
  { label: 'a lone surrogate, encoded', query: (n) => `${n}.prompt=%ED%A0%80abc` },
  { label: 'tfjsflags that would kill every demo', query: () => 'tfjsflags=DEBUG:true' },
  { label: 'tfjsflags that change engine settings', query: () => 'tfjsflags=WEBGL_PACK:false,IS_TEST:true' },
  { label: 'prototype keys', query: (n) => `${n}.constructor=1&${n}.__proto__=1&${n}.toString=1&${n}.hasOwnProperty=x` },
  { label: 'prototype names in hide=', query: (n) => `${n}.hide=__proto__,constructor&hide=toString` },
  { label: 'a 6 KB value', query: (n) => `${n}.bogus=${BIG}&${n}.hide=${BIG}` },
  { label: 'repeated and unknown keys', query: (n) => `${n}.seed=1&${n}.seed=2&${n}.seed=x&${n}.zzz=1&zzz=2` },
  { label: 'a bad backend', query: () => 'backend=quantum%E2%80%AE' },
  { label: 'hostile values for every parameter', query: (n) => hostileValues(n, SPECS[n as keyof typeof SPECS].params) },
];

const FRAGMENTS = ['#100%', '#%E0%A4%A', '#%ED%A0%80', `#${encodeURIComponent(XSS)}`, '#\u202Esec-2-1'];

/** Uncaught errors and alert() calls of a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

async function expectSafeNotices(page: Page) {
  const notices = await page.locator('.demo-notices li').allTextContents();
  for (const n of notices) {
    expect(Array.from(n).length, n.slice(0, 80)).toBeLessThanOrEqual(301);
    // user text inside a notice is bidi-isolated: every U+2068 is closed by a U+2069
    expect(n.split('\u2068').length, n.slice(0, 80)).toBe(n.split('\u2069').length);
  }
}

// One test per demo (and per chapter), each hostile link a step on the same page: the link is still
// a full page load, but the framework's and tfjs's scripts come from the browser's cache after the
// first one. Measured on gd-explorer's 11 links, back to back: 27 s of CPU and 129 s as 11 tests,
// 14 s and 85 s as one (both including Playwright's start-up).
for (const demo of DEMOS) {
  test(`fuzz ${demo.name}: every hostile link`, async ({ page }) => {
    test.setTimeout(QUERIES.length * 30_000);
    const problems = watch(page);
    for (const { label, query } of QUERIES) {
      await test.step(label, async () => {
        problems.length = 0;
        await page.goto(`/embed/${demo.name}/?${query(demo.name)}`);
        const shell = page.locator(`[data-widget="${demo.name}"]`);
        await expect(shell, label).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
        await expect(shell.getByText('演示出错了'), label).toHaveCount(0);
        await expectSafeNotices(page);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), label).toBeUndefined();
        expect(await page.evaluate(() => location.search), label).not.toContain('tfjsflags');
        expect(problems, label).toEqual([]);
      });
    }
  });
}

for (const chapter of chapters.filter((c) => ['gradient-descent', 'backprop', 'attention'].includes(c.slug))) {
  test(`fuzz chapter fragments: /${chapter.slug}/`, async ({ page }) => {
    test.setTimeout(FRAGMENTS.length * 30_000);
    const problems = watch(page);
    for (const fragment of FRAGMENTS) {
      const label = `/${chapter.slug}/${fragment.slice(0, 24)}`;
      await test.step(label, async () => {
        problems.length = 0;
        // Through a blank page: a goto that differs only in its #fragment would not load the page again.
        await page.goto('about:blank');
        await page.goto(`/${chapter.slug}/${fragment}`);
        await expect(page.locator('h1'), label).toContainText(chapter.title);
        await page.waitForTimeout(500); // the anchor fix-up runs after two frames and on fonts.ready
        // textContent, not innerText: off-screen blocks are not rendered yet (content-visibility) but are in the page
        expect((await page.locator('main').textContent())?.length ?? 0, label).toBeGreaterThan(5000);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), label).toBeUndefined();
        expect(problems, label).toEqual([]);
      });
    }
  });
}
