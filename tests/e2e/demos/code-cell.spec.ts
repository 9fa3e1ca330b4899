/**
 * The code cell (chapter 8): the chapter's code runs and prints the hand-computed numbers; an edit
 * typed into the editor runs and travels in the link; errors name their line; an endless loop is
 * stopped by the time limit and by 停止; the sandbox keeps the code away from the page's DOM,
 * storage, cookies and the network; Esc then Tab leaves the editor; the phone layout; axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { PARAMS } from '@/lib/demos/code-cell/params';
import { ATTENTION_CODE } from '@/lib/demos/code-cell/presets';
import { watchErrors, axe } from '../book';
import { smallestTexts } from './text-size';

const shell = (page: Page) => page.locator('[data-widget="code-cell"]');
const status = (page: Page) => shell(page).locator('[data-run-status]');
const output = (page: Page) => shell(page).locator('[data-cell-output]');
const runButton = (page: Page) => shell(page).locator('[data-demo-run]');
const editorText = (page: Page) => shell(page).locator('.cm-line').evaluateAll((ls) => ls.map((l) => l.textContent).join('\n'));

async function open(page: Page, query = '') {
  await page.goto(`/embed/code-cell/${query}`);
  await expect(runButton(page)).toBeEnabled({ timeout: 45_000 });
}

/** Replaces the editor's text as a reader would: focus, select all, type. */
async function replaceCode(page: Page, code: string) {
  await shell(page).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

async function runAndWait(page: Page, expected: RegExp | string) {
  await runButton(page).click();
  await expect(status(page)).toHaveAttribute('data-run-status', expected, { timeout: 20_000 });
}

test('the chapter 8 cell runs in the chapter: loss 41, gradients −35 and −12, then w = 1.75 and b = 0.6', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/tools/#tools-code-cell');
  await page.locator('#demo-code-cell').scrollIntoViewIfNeeded();
  await expect(runButton(page)).toBeEnabled({ timeout: 45_000 });
  await runAndWait(page, 'done');
  await expect(output(page).locator('pre').first()).toHaveText('损失 41 梯度 dL/dw −35 dL/db −12');
  await expect(output(page).locator('pre').nth(1)).toContainText('一步之后 w = 1.75 b = 0.6');
  await expect(output(page).locator('svg polyline')).toHaveCount(1);
  await expect(output(page).locator('table tr').last()).toHaveText('23579');
  expect(errors).toEqual([]);
});

test('an edit typed into the editor runs, goes into the link, comes back from it, and 重置 restores the original', async ({ page, context }) => {
  await open(page);
  await shell(page).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('print(tf.tensor1d([1, 2, 3]).sum())');
  await runAndWait(page, 'done');
  await expect(output(page).locator('pre')).toHaveText('6');
  // Undo brings back the original code (CodeMirror's history).
  await shell(page).locator('.cm-content').press('ControlOrMeta+Z');
  await expect.poll(() => editorText(page)).not.toContain('sum()');
  await shell(page).locator('.cm-content').press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editorText(page)).toBe('print(tf.tensor1d([1, 2, 3]).sum())');

  const code = 'const a = tf.tensor2d([[1, 2], [3, 4]]);\n// 注释 & 100% + #\nprint(a.matMul(a));';
  await replaceCode(page, code);
  await expect.poll(() => new URL(page.url()).searchParams.get('code-cell.code')).toBe(code);
  const link = page.url();
  const other = await context.newPage();
  await open(other, new URL(link).search);
  expect(await editorText(other)).toBe(code);
  await runAndWait(other, 'done');
  await expect(output(other).locator('pre')).toHaveText('[[7, 10], [15, 22]]（形状 [2, 2]）');

  await shell(other).getByRole('button', { name: '重置' }).click();
  await expect.poll(() => editorText(other)).toBe(PARAMS.code.default);
  await expect.poll(() => new URL(other.url()).searchParams.has('code-cell.code')).toBe(false);
});

test('errors name the line of the cell; a syntax error names the line near it', async ({ page }) => {
  await open(page);
  await replaceCode(page, 'print("前");\nconst t = tf.tensor1d([1, 2]);\nt.matMul(t);\nprint("后");');
  await runAndWait(page, 'failed');
  await expect(status(page)).toContainText('第 3 行出错');
  await expect(output(page).locator('pre')).toHaveText('前');
  await replaceCode(page, 'const a = 1;\nconst b = ;\nprint(a);');
  await runAndWait(page, 'failed');
  await expect(status(page)).toContainText('第 2 行附近出错');
  await expect(status(page)).toContainText('SyntaxError');
});

test('an endless loop is stopped by the time limit and by 停止, and the cell runs again afterwards', async ({ page }) => {
  await open(page, '?code-cell.limit=2');
  await replaceCode(page, 'while (true) {}');
  const started = Date.now();
  await runButton(page).click();
  await expect(status(page)).toContainText('运行超过 2 秒的时间上限，已停止', { timeout: 10_000 });
  expect(Date.now() - started).toBeGreaterThan(1900);
  await expect(runButton(page)).toBeEnabled({ timeout: 30_000 });
  await runButton(page).click();
  await expect(status(page)).toHaveAttribute('data-run-status', 'running');
  await shell(page).getByRole('button', { name: '停止' }).click();
  await expect(status(page)).toContainText('已按「停止」终止运行');
  await replaceCode(page, 'print("又能运行了")');
  await expect(runButton(page)).toBeEnabled({ timeout: 30_000 });
  await runAndWait(page, 'done');
  await expect(output(page).locator('pre')).toHaveText('又能运行了');
});

test('the sandbox: document, cookies, storage, the network, postMessage and code from strings are out of reach; the page is unaffected', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await open(page);
  await page.evaluate(() => {
    localStorage.setItem('cell-test', 'kept');
    document.cookie = 'cell=kept; path=/';
  });
  const title = await page.title();
  const attempts: [string, string][] = [
    ['document.title = "被改了"', 'document'],
    ['print(document.cookie)', 'document'],
    ['localStorage.setItem("cell-test", "changed")', 'localStorage'],
    ['await fetch("https://example.com/")', 'fetch'],
    ['new XMLHttpRequest()', 'XMLHttpRequest'],
    ['importScripts("https://example.com/x.js")', 'importScripts'],
    ['indexedDB.open("x")', 'indexedDB'],
    ['self.postMessage({ type: "done", run: 1, ms: 0 })', 'postMessage'],
    ['(() => {}).constructor("return 1")', 'Function'],
    ['setTimeout("print(1)", 0)', '代码字符串'],
    ['await import("https://example.com/x.js")', 'import()'],
  ];
  for (const [code, word] of attempts) {
    await replaceCode(page, code);
    await runAndWait(page, 'failed');
    await expect(status(page), code).toContainText(word);
  }
  expect(await page.title()).toBe(title);
  expect(await page.evaluate(() => [localStorage.getItem('cell-test'), document.cookie.includes('cell=kept')])).toEqual(['kept', true]);
  expect(foreign).toEqual([]);
});

test('keyboard: Tab indents in the editor, Esc then Tab leaves it; Ctrl+Enter runs', async ({ page }) => {
  await open(page);
  await replaceCode(page, 'print(1)');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(status(page)).toHaveAttribute('data-run-status', 'done', { timeout: 20_000 });
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect.poll(() => editorText(page)).toBe('  print(1)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor'))).toBe(false);
});

test('at 360×740 the editor and 运行 begin on one screen, nothing scrolls sideways, axe finds nothing (light and dark)', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tools/');
  const figure = page.locator('#demo-code-cell');
  await figure.scrollIntoViewIfNeeded();
  await expect(runButton(page)).toBeEnabled({ timeout: 45_000 });
  await figure.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60));
  const box = (sel: string) => shell(page).locator(sel).first().boundingBox();
  const visual = await box('[data-demo-visual]');
  const run = await box('[data-demo-run]');
  // The editor begins near the top (it grows with the code); the run bar, sticky, is wholly on screen.
  expect(visual!.y).toBeGreaterThanOrEqual(0);
  expect(visual!.y).toBeLessThan(740 / 3);
  expect(run!.y).toBeGreaterThanOrEqual(0);
  expect(run!.y + run!.height).toBeLessThanOrEqual(740);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await runAndWait(page, 'done');
  // The output too: the chart's ticks and the table stay readable on a phone.
  expect(await smallestTexts(output(page), 11)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const result = await axe(page).include('#demo-code-cell').analyze();
    expect(result.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('the chapter 5 cell runs in its chapter; its edit goes into its own namespace, and 重置 restores its own code', async ({ page }) => {
  const errors = watchErrors(page);
  const cell = page.locator('[data-widget="code-attention"]');
  await page.goto('/attention/');
  await page.locator('#demo-code-attention').scrollIntoViewIfNeeded();
  await expect(cell.locator('[data-demo-run]')).toBeEnabled({ timeout: 45_000 });
  await expect.poll(() => cell.locator('.cm-line').first().textContent()).toBe(ATTENTION_CODE.split('\n')[0]);
  await cell.locator('[data-demo-run]').click();
  await expect(cell.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'done', { timeout: 20_000 });
  // The causal weights: the first token sees only itself; every row sums to 1.
  await expect(cell.locator('[data-cell-output] table').nth(1).locator('tbody tr').first().locator('td')).toHaveText(['1', '0', '0']);
  await expect(cell.locator('[data-cell-output] pre').first()).toHaveText(/^每行之和 \[1, 1, 1\]/);
  await cell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('print(2 + 2)');
  await expect.poll(() => new URL(page.url()).searchParams.get('code-attention.code')).toBe('print(2 + 2)');
  expect(new URL(page.url()).searchParams.get('code-cell.code')).toBeNull();
  await cell.getByRole('button', { name: /重置/ }).click();
  await expect.poll(() => cell.locator('.cm-line').first().textContent()).toBe(ATTENTION_CODE.split('\n')[0]);
  await expect.poll(() => new URL(page.url()).searchParams.get('code-attention.code')).toBeNull();
  expect(errors).toEqual([]);
});

test('the chapter 4 cell: the chain rule by hand and tf.grads agree on the page’s own backend', async ({ page }) => {
  const cell = page.locator('[data-widget="code-backprop"]');
  await page.goto('/embed/code-backprop/');
  await expect(cell.locator('[data-demo-run]')).toBeEnabled({ timeout: 45_000 });
  await cell.locator('[data-demo-run]').click();
  await expect(cell.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'done', { timeout: 20_000 });
  const last = (await cell.locator('[data-cell-output] pre').last().textContent()) ?? '';
  expect(last).toMatch(/^两种算法的最大差 /);
  expect(Number(last.replace('两种算法的最大差 ', '').replace('\u2212', '-'))).toBeLessThan(1e-5);
  // ∂L/∂W₁ = ∂L/∂z · xᵀ with x = (1, 2): the second column is twice the first.
  const rows = await cell.locator('[data-cell-output] table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').replace('\u2212', '-')))),
  );
  expect(rows).toHaveLength(2);
  for (const [a, b] of rows) expect(b).toBeCloseTo(2 * a, 4);
});
