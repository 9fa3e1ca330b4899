/**
 * The tokenizer demo (chapter 6, 词元是什么): the three strips equal Node's encodings with the
 * shipped merges, the size and the text go to the URL and come back from it, a cut character shows
 * 「�」, hide= hides strips and inputs, and the demo works on a 360 px phone without axe violations.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PARAMS } from '@/lib/demos/tokenizer/params';
import { Bpe } from '@/lib/tokenizer/bpe';
import { mergesOf, parseTokenizerFile, type TokenizerFile } from '@/lib/tokenizer/file';
import { utf8 } from '@/lib/tokenizer/pretokenize';
import { watchErrors, axeViolations, axe } from '../book';

const file = parseTokenizerFile(JSON.parse(fs.readFileSync('public/models/tokenizer.json', 'utf8'))) as TokenizerFile;
const merges = mergesOf(file);
const node = (text: string, size: number) => new Bpe(merges, size).encode(text);

const shellOf = (page: Page) => page.locator('[data-widget="tokenizer"]');
const strip = (page: Page, name: 'chars' | 'bpe' | 'bytes') => page.locator(`[data-strips][aria-busy="false"] [data-strip="${name}"]`);
const ids = (page: Page, name: 'chars' | 'bpe' | 'bytes') => strip(page, name).locator('li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-id'))));

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
  await expect(strip(page, 'bpe')).toBeVisible({ timeout: 30_000 });
}

test.describe('tokenizer', () => {
  test('the default text: BPE 2048 ids, bytes and characters as Node computes them; the bill line', async ({ page }) => {
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, '/embed/tokenizer/');
    const text = PARAMS.text.default;
    const expected = node(text, 2048);
    expect(await ids(page, 'bpe')).toEqual(expected);
    expect(await ids(page, 'bytes')).toEqual(Array.from(utf8(text)));
    await expect(strip(page, 'chars').locator('li')).toHaveCount(Array.from(text).length);
    await expect(strip(page, 'bpe').locator('[data-count]')).toHaveText(String(expected.length));
    await expect(page.locator('[data-cost]')).toContainText(`这段文字 = ${expected.length} 个词元（BPE 2048）`);
    await expect(page.locator('[data-cost]')).toContainText('占 2,048 词元上下文的');
    expect(fetched).toContain('/models/tokenizer.json');
    expect(errors).toEqual([]);
  });

  test('size and text go to the URL; a cut character shows �; a link restores them; hide= hides', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/embed/tokenizer/');
    await page.getByLabel('BPE 词表大小').selectOption('512');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('tokenizer.size=512');
    const input = page.getByLabel(/^要分词的文字/);
    await input.fill('鹦鹉 🦜');
    await expect.poll(() => ids(page, 'bpe')).toEqual(node('鹦鹉 🦜', 512));
    await expect(strip(page, 'bpe').locator('li').first()).toContainText('\uFFFD');
    await expect(page.locator('[data-cut]')).toContainText('「鹦」的字节 E9 B9 A6 分在');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('tokenizer.text'))).toBe('鹦鹉 🦜');

    const query = `?tokenizer.size=8192&tokenizer.text=${encodeURIComponent('梯度下降让 loss 变小')}&tokenizer.price=0.5`;
    await open(page, `/embed/tokenizer/${query}`);
    await expect(page.getByLabel('BPE 词表大小')).toHaveValue('8192');
    await expect(page.getByLabel(/^要分词的文字/)).toHaveValue('梯度下降让 loss 变小');
    const n = node('梯度下降让 loss 变小', 8192);
    expect(await ids(page, 'bpe')).toEqual(n);
    await expect(page.locator('[data-cost]')).toContainText(`假设每千词元 ¥0.5`);

    await open(page, '/embed/tokenizer/?hide=bytes,price,table');
    await expect(strip(page, 'bytes')).toHaveCount(0);
    await expect(strip(page, 'chars')).toBeVisible();
    await expect(page.getByLabel(/^假设的价格/)).toHaveCount(0);
    await expect(page.locator('details.numbers')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('in the chapter on a 360 px phone: works, no sideways scroll, no axe violations light and dark', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/gpt-bert/#demo-tokenizer');
      const result = await axe(page).include('[data-widget="tokenizer"]').analyze();
      expect(axeViolations(result), scheme).toEqual([]);
    }
    expect(await ids(page, 'bpe')).toEqual(node(PARAMS.text.default, 2048));
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
});
