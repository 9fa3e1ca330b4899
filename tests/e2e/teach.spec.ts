/**
 * The teaching page /teach/ (issue 16 item 3): every hide= name documented per demo, the link
 * builder (checkboxes reproduce hide= exactly; the links follow the live demo's state), and the
 * course outline export. axe and console errors on /teach/ are covered by reading.spec.ts
 * (bookPages), its links by links.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type FrameLocator, type Locator } from '@playwright/test';
import { DEMOS } from '@/lib/demos/registry';
import { SPECS } from '@/lib/demos/specs';
import { hideableNames } from '@/lib/demos/params';
import { courseOutline } from '@/lib/content/outline';
import { chapters, openDemo } from './book';

test('every demo has a table of the names hide= accepts, exactly its spec’s', async ({ page }) => {
  await page.goto('/teach/');
  for (const d of DEMOS) {
    const names = await page.locator(`table[data-hide-names="${d.name}"] tbody tr td:first-child`).allTextContents();
    expect(names, d.name).toEqual(hideableNames(SPECS[d.name]));
  }
});

/** A field by its exact label: the builder's outputs, gd-explorer's controls in the preview or a page. */
const control = (where: FrameLocator | Locator, label: string) => where.getByLabel(label, { exact: true });

test('the link builder: hide checkboxes and the demo’s own state make links that reproduce them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/teach/?demo=gd-explorer#teach-builder');
  const builder = page.locator('[data-builder="gd-explorer"]');
  const frame = page.frameLocator('.link-builder-frame');
  await expect(frame.locator('[data-widget="gd-explorer"]')).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await expect(control(frame, '条件数 κ')).toHaveCount(1);

  // Hide κ and the table; the preview reloads without them.
  await builder.getByRole('checkbox', { name: /条件数 κ/ }).check();
  await builder.getByRole('checkbox', { name: /数值表格/ }).check();
  await expect(control(builder, '嵌入地址')).toHaveValue(/\/embed\/gd-explorer\/\?hide=kappa,table$/);
  await expect(frame.locator('[data-widget="gd-explorer"]')).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await expect(control(frame, '条件数 κ')).toHaveCount(0);

  // Set the demo up inside the preview: the links follow.
  await control(frame, '损失函数').selectOption('rosenbrock');
  // (Rosenbrock's valley brings its own start, rate and speed: gd-explorer.lr=…&gd-explorer.x=…)
  await expect(control(builder, '章节链接')).toHaveValue(/\/gradient-descent\/\?gd-explorer\.fn=rosenbrock&[^#]*gd-explorer\.hide=kappa,table,backend,share#demo-gd-explorer$/);
  await expect(control(builder, '嵌入地址')).toHaveValue(/\/embed\/gd-explorer\/\?gd-explorer\.fn=rosenbrock&[^#]*&hide=kappa,table$/);

  // Show the badge: only share stays hidden in the chapter, and the embed asks for the badge.
  await builder.getByRole('checkbox', { name: /计算后端标记/ }).check();
  await expect(control(builder, '嵌入地址')).toHaveValue(/\?gd-explorer\.fn=rosenbrock&[^#]*&hide=kappa,table&show=backend$/);
  await expect(builder.locator('.link-builder-out textarea')).toHaveValue(/<iframe src="[^"]+\/embed\/gd-explorer\/\?gd-explorer\.fn=rosenbrock&amp;[^"]*&amp;hide=kappa,table&amp;show=backend"/);
  const chapterLink = await control(builder, '章节链接').inputValue();
  const embedLink = await control(builder, '嵌入地址').inputValue();

  // The links open the demo as built: Rosenbrock's valley, κ and the share buttons gone, the badge there.
  for (const url of [chapterLink, embedLink]) {
    const shell = await openDemo(page, 'gd-explorer', url);
    await expect(control(shell, '损失函数'), url).toHaveValue('rosenbrock');
    await expect(control(shell, '条件数 κ'), url).toHaveCount(0);
    await expect(control(shell, '学习率 α'), url).toHaveCount(1);
    await expect(shell.getByRole('button', { name: '复制链接' }), url).toHaveCount(0);
    await expect(shell.locator('.backend-badge'), url).toBeVisible();
  }
});

test('the course outline downloads as CSV and Markdown with this site’s addresses', async ({ page, baseURL }) => {
  await page.goto('/teach/');
  const rows = courseOutline(chapters);
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFile((await download.path())!, 'utf8');
  };
  const csv = await save('下载 CSV');
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(rows.length + 1);
  expect(lines[0]).toBe('章,节,标题,网址,短链接');
  expect(lines).toContain(`第 3 章,§2.1,梯度下降,${baseURL}/gradient-descent/#sec-2-1,${baseURL}/s/2-1/`);
  const md = await save('下载 Markdown');
  expect(md.match(/^## /gm)).toHaveLength(chapters.length);
  expect(md).toContain(`](${baseURL}/gradient-descent/#sec-2-1)`);
});

test('the builder’s live preview loads only when the builder comes near the screen', async ({ page }) => {
  const embeds: string[] = [];
  page.on('request', (r) => void (new URL(r.url()).pathname.includes('/embed/') && embeds.push(r.url())));
  await page.goto('/teach/');
  await expect(page.locator('.link-builder-waiting')).toHaveCount(1);
  await page.waitForTimeout(1000);
  expect(embeds, 'no demo is loaded while the reader is at the top of the page').toEqual([]);
  await expect(page.locator('iframe.link-builder-frame')).toHaveCount(0);
  await page.locator('#teach-builder').scrollIntoViewIfNeeded();
  await expect(page.locator('iframe.link-builder-frame')).toHaveCount(1);
  await expect(page.locator('.link-builder-waiting')).toHaveCount(0);
  await expect.poll(() => embeds.length).toBeGreaterThan(0);
});
