/**
 * The mini-GPT demo against the shipped weights: on wasm and webgl the page's greedy completion,
 * its top-5 probabilities and its attention row equal what lib/models computes in this (Node)
 * process on tfjs cpu from the same files; stop ends a completion with finish_reason "stop"; n = 2
 * gives the same two sampled completions as complete(); 停止 aborts; loading shows progress; a
 * missing or corrupted weights file gives its message (and 重试 recovers); bad input gives a clear
 * message; keyboard selection, axe, and a 360 px screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { complete, generate, type CompletionParams, type CompletionResponse, type LanguageModel, type TokenStep } from '@/lib/models/gpt';
import { defaults } from '@/lib/demos/params';
import { PARAMS, completionParams, formatProb, heldOutSummary, visibleToken } from '@/lib/demos/mini-gpt/params';
import { loadShippedModel } from '../../models/shipped';
import { watchErrors, axeViolations, axe } from '../book';
import { smallestTexts } from './text-size';

const D = defaults(PARAMS);

let shipped: Promise<LanguageModel> | null = null;
const reference = () =>
  (shipped ??= loadShippedModel('gpt').then((m) => ({ params: m.params, config: m.manifest.config, vocab: m.vocab })));

/** Every step and the response, computed here on tfjs cpu. */
async function referenceRun(params: CompletionParams, attention = false): Promise<{ steps: TokenStep[]; response: CompletionResponse }> {
  const it = generate(await reference(), params, { attention });
  const steps: TokenStep[] = [];
  for (;;) {
    const r = await it.next();
    if (r.done) return { steps, response: r.value };
    steps.push(r.value);
  }
}

const shellOf = (page: Page) => page.locator('[data-widget="mini-gpt"]');
const generateButton = (page: Page) => page.getByRole('button', { name: '生成', exact: true });
const completion = (page: Page, i: number) => page.locator(`li[data-completion="${i}"]`);
const modelTable = (page: Page) => page.locator('table').filter({ has: page.locator('caption', { hasText: '模型自身的分布' }) });

async function open(page: Page, query: string, backend = 'wasm') {
  await page.goto(`/embed/mini-gpt/?backend=${backend}&${query}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', backend, { timeout: 45_000 });
  await expect(generateButton(page)).toBeEnabled({ timeout: 45_000 });
}

async function generateAll(page: Page) {
  await generateButton(page).click();
  await expect(page.getByText(/^完成：共生成 \d+ 个字符/)).toBeVisible({ timeout: 60_000 });
}

/** The shown top-5 table: [token, probability] per row. */
async function shownTop(page: Page): Promise<[string, number][]> {
  return modelTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-token') ?? '', Number(tr.querySelector('td:last-child')?.textContent)] as [string, number]));
}

function expectTop(shown: [string, number][], step: TokenStep) {
  expect(shown.map(([t]) => t)).toEqual(step.top.map((c) => c.token));
  shown.forEach(([, p], i) => expect(Math.abs(p - step.top[i].p), `p of ${step.top[i].token}`).toBeLessThan(1e-3));
}

/** The attention row shown (data-weight of each cell). */
const shownAttention = (page: Page) => page.locator('[data-pos]').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-weight'))));

function expectClose(a: number[], b: ArrayLike<number>, tol: number) {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i]), `[${i}]`).toBeLessThan(tol));
}

test.describe('mini GPT', () => {
  // Software WebGL (SwiftShader, no GPU here) takes ~0.6 s a token, so that run is shorter.
  for (const [backend, tokens] of [
    ['wasm', 30],
    ['webgl', 10],
  ] as const) {
    test(`on ${backend}: the greedy completion, top-5 probabilities and attention equal the Node computation`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      const last = tokens - 1;
      const ref = await referenceRun({ ...completionParams(D), temperature: 0, stop: null, max_tokens: tokens }, true);
      await open(page, `mini-gpt.temperature=0&mini-gpt.stop=&mini-gpt.max_tokens=${tokens}`, backend);
      await generateAll(page);
      const text = ref.response.choices[0].text;
      await expect(completion(page, 0)).toHaveAttribute('data-text', text);
      await expect(completion(page, 0)).toHaveAttribute('data-finish', 'length');
      await expect(completion(page, 0).getByRole('group')).toHaveText(Array.from(text).map(visibleToken).join(''));
      await expect(completion(page, 0)).toContainText('finish_reason: "length"');
      await expect(shellOf(page)).toHaveAttribute('data-steps', String(tokens));
      // the newest step by default, then the first one when its character is clicked
      expectTop(await shownTop(page), ref.steps[last]);
      expect(await modelTable(page).locator('tbody tr').nth(0).locator('td').last().textContent()).toBe(formatProb(ref.steps[last].top[0].p));
      expectClose(await shownAttention(page), ref.steps[last].attention![0][0], 1e-3);
      await page.getByLabel('层', { exact: true }).selectOption({ label: '第 3 层' });
      await page.getByLabel('头', { exact: true }).selectOption({ label: '头 4' });
      expectClose(await shownAttention(page), ref.steps[last].attention![2][3], 1e-3);
      await completion(page, 0).locator('button[data-index="0"]').click();
      await expect(page.getByText(/^第 1 个字符/)).toBeVisible();
      expectTop(await shownTop(page), ref.steps[0]);
      expectClose(await shownAttention(page), ref.steps[0].attention![2][3], 1e-3);
      // the same run again leaves no tensor behind
      const tensors = await shellOf(page).locator('[data-tensors]').getAttribute('data-tensors');
      expect(Number(tensors)).toBeGreaterThan(0);
      await generateAll(page);
      expect(await shellOf(page).locator('[data-tensors]').getAttribute('data-tensors')).toBe(tensors);
      expect(errors).toEqual([]);
    });
  }

  test('stop ends a completion with finish_reason "stop" and the stop sequence left out', async ({ page }) => {
    test.setTimeout(90_000);
    const greedy = (await referenceRun({ ...completionParams(D), temperature: 0, stop: null, max_tokens: 30 })).response.choices[0].text;
    const stop = Array.from(greedy).slice(6, 8).join('');
    const params = { ...completionParams(D), temperature: 0, stop: ['不在文中的停止序列', stop], max_tokens: 30 };
    const expected = (await complete(await reference(), params)).choices[0];
    expect(expected.finish_reason).toBe('stop');
    await open(page, `mini-gpt.temperature=0&mini-gpt.max_tokens=30&mini-gpt.stop=${encodeURIComponent(`不在文中的停止序列|${stop}`)}`);
    await expect(page.locator('pre code')).toContainText(`stop: ['不在文中的停止序列', '${stop}'],`);
    await generateAll(page);
    await expect(completion(page, 0)).toHaveAttribute('data-finish', 'stop');
    await expect(completion(page, 0)).toHaveAttribute('data-text', expected.text);
    await expect(completion(page, 0)).toContainText('finish_reason: "stop"');
    // the characters that spelled the stop sequence are shown, marked as not returned
    await expect(completion(page, 0).getByRole('button', { name: /属于停止序列/ })).toHaveCount(Array.from(stop).length);
  });

  test('n = 2 with temperature 1 shows two completions, the same as complete() with that seed', async ({ page }) => {
    test.setTimeout(90_000);
    const params = { ...completionParams(D), n: 2, temperature: 1, seed: 5, max_tokens: 20 };
    const expected = (await complete(await reference(), params)).choices;
    await open(page, 'mini-gpt.n=2&mini-gpt.temperature=1&mini-gpt.seed=5&mini-gpt.max_tokens=20');
    await expect(page.locator('pre code')).toContainText('temperature: 1,');
    await generateAll(page);
    await expect(page.locator('li[data-completion]')).toHaveCount(2);
    for (const c of expected) {
      await expect(completion(page, c.index)).toHaveAttribute('data-text', c.text);
      await expect(completion(page, c.index)).toHaveAttribute('data-finish', c.finish_reason);
    }
    expect(expected[0].text).not.toBe(expected[1].text);
    // the sampled distribution is shown beside the model's, with top_p's count
    await expect(page.locator('caption', { hasText: '实际采样的分布（T = 1，top_p = 0.9）' })).toBeVisible();
    await expect(page.getByText(/top_p 保留了概率最高的 \d+ 个字符/)).toBeVisible();
  });

  test('停止 aborts a long run; characters appear one by one meanwhile', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, 'mini-gpt.n=5&mini-gpt.max_tokens=256&mini-gpt.stop=');
    await generateButton(page).click();
    await expect.poll(async () => Number(await shellOf(page).getAttribute('data-steps'))).toBeGreaterThan(3);
    await expect(completion(page, 0)).toContainText('生成中…');
    await page.getByRole('button', { name: '停止', exact: true }).click();
    await expect(page.getByText(/^已停止：生成了 \d+ 个字符/)).toBeVisible();
    const steps = Number(await shellOf(page).getAttribute('data-steps'));
    expect(steps).toBeLessThan(5 * 256);
    await page.waitForTimeout(300);
    expect(Number(await shellOf(page).getAttribute('data-steps'))).toBe(steps);
    await expect(generateButton(page)).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('loading the weights shows a progress bar', async ({ page }) => {
    await page.route('**/models/gpt.bin', async (route) => {
      await new Promise((r) => setTimeout(r, 2_000));
      await route.continue();
    });
    await page.goto('/embed/mini-gpt/?backend=wasm');
    await expect(shellOf(page).locator('[data-model-loading] progress')).toBeVisible({ timeout: 45_000 });
    await expect(generateButton(page)).toBeDisabled();
    await expect(generateButton(page)).toBeEnabled({ timeout: 45_000 });
    await expect(shellOf(page).locator('[data-model-loading]')).toHaveCount(0);
  });

  test('a missing weights file gives a clear message and no uncaught error', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/models/gpt.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/embed/mini-gpt/?backend=wasm');
    const alert = shellOf(page).locator('[data-model-error]');
    await expect(alert).toContainText('迷你 GPT无法加载', { timeout: 45_000 });
    await expect(alert).toContainText('找不到文件 /models/gpt.bin（404）');
    await expect(generateButton(page)).toBeDisabled();
    expect(pageErrors).toEqual([]);
  });

  test('a corrupted weights file gives the checksum message; 重试 loads the good one', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/models/gpt.bin', async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      for (const at of [1000, 50_000, 400_000]) body[at] ^= 0x5a;
      await route.fulfill({ response: res, body });
    });
    await page.goto('/embed/mini-gpt/?backend=wasm');
    const alert = shellOf(page).locator('[data-model-error]');
    await expect(alert).toContainText('校验和不符', { timeout: 45_000 });
    await page.unroute('**/models/gpt.bin');
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(generateButton(page)).toBeEnabled({ timeout: 45_000 });
    expect(pageErrors).toEqual([]);
  });

  test('bad input: more than 4 stop sequences blocks ▶ with a message; unknown characters become [UNK] with a notice', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, 'mini-gpt.max_tokens=5');
    await page.getByLabel('停止序列（stop）').fill('a|b|c|d|e');
    await expect(shellOf(page).getByRole('alert')).toContainText('停止序列最多 4 个');
    await expect(generateButton(page)).toBeDisabled();
    await page.getByLabel('停止序列（stop）').fill('');
    await expect(page.locator('pre code')).toContainText('stop: null,');
    await page.getByLabel('提示（prompt）').fill('梯度😀下降');
    await expect(page.getByText(/1 个字符不在模型的词表里：「😀」/)).toBeVisible();
    await page.getByLabel('提示（prompt）').fill('');
    await expect(page.getByText(/提示为空/)).toBeVisible();
    await page.getByLabel('提示（prompt）').fill('梯度😀下降');
    await generateAll(page);
    await expect(completion(page, 0)).toHaveAttribute('data-finish', 'length');
    expect(errors).toEqual([]);
  });

  test('a link restores the parameters, and the shown call follows the controls', async ({ page }) => {
    await open(page, `mini-gpt.prompt=${encodeURIComponent('注意力')}&mini-gpt.max_tokens=12&mini-gpt.top_p=0.5&mini-gpt.seed=42&mini-gpt.attention=0`);
    await expect(page.getByLabel('提示（prompt）')).toHaveValue('注意力');
    await expect(page.getByRole('checkbox', { name: '显示注意力' })).not.toBeChecked();
    const code = page.locator('pre code');
    await expect(code).toContainText("prompt: '注意力',");
    await expect(code).toContainText('max_tokens: 12,');
    await expect(code).toContainText('top_p: 0.5,');
    await expect(code).toContainText('seed: 42,');
    await page.getByLabel('补全个数（n）').selectOption('3');
    await expect(code).toContainText('n: 3,');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('mini-gpt.n=3');
    await page.getByRole('button', { name: '换一组' }).click();
    await expect(code).toContainText('seed: 43,');
    // the shipped model's held-out loss and perplexity, as its manifest records them
    const { manifest } = await loadShippedModel('gpt');
    await expect(page.locator('[data-held-out]')).toHaveText(heldOutSummary(manifest.training, manifest.config.vocabSize));
    await expect(page.locator('[data-held-out]')).toContainText(`平均损失是 ${manifest.training.finalHeldOutLoss.toFixed(3)} nats`);
  });

  test('generated characters are chosen from the keyboard; the step details follow', async ({ page }) => {
    await open(page, 'mini-gpt.temperature=0&mini-gpt.stop=&mini-gpt.max_tokens=8');
    await generateAll(page);
    const group = completion(page, 0).getByRole('group');
    await expect(group.locator('[tabindex="0"]')).toHaveCount(1);
    await group.locator('[tabindex="0"]').focus();
    await expect(page.getByText(/^第 8 个字符/)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText(/^第 7 个字符/)).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByText(/^第 1 个字符/)).toBeVisible();
    await expect(group.locator('button[data-index="0"]')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '回到最新' }).click();
    await expect(page.getByText(/^第 8 个字符.*（最新的一个/)).toBeVisible();
    // the attention cells: one tab stop, arrow keys move, the exact weight is written out
    const cells = page.locator('[data-pos]');
    await cells.last().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(cells.nth((await cells.count()) - 2)).toBeFocused();
    await expect(page.getByText(/^第 \d+ 个位置 .*：权重 \d\.\d{4}$/)).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${scheme} mode after a run`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, 'mini-gpt.n=2&mini-gpt.max_tokens=10&mini-gpt.stop=');
      await generateAll(page);
      await page.locator('details.numbers summary').click();
      const result = await axe(page).include('[data-widget="mini-gpt"]').analyze();
      expect(axeViolations(result)).toEqual([]);
    });
  }

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('after a run the output, the candidates and a 60-character attention row are all at least 11 px', async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, 'mini-gpt.max_tokens=57&mini-gpt.stop=&mini-gpt.temperature=0');
      const visual = shellOf(page).locator('[data-demo-visual]');
      await expect(visual.locator('[data-idle]')).toContainText('梯度下降');
      await generateAll(page);
      await expect(visual.locator('li[data-completion="0"]')).toBeVisible();
      await expect(visual.locator('[data-pos]')).toHaveCount(60); // the newest step's context: 4 prompt characters + the 56 generated before it
      expect(await smallestTexts(shellOf(page), 11)).toEqual([]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });

    test('a full run with attention causes no horizontal page scroll', async ({ page }) => {
      await page.goto('/gpt-bert/?backend=wasm&mini-gpt.max_tokens=64&mini-gpt.stop=#demo-mini-gpt');
      await expect(generateButton(page)).toBeEnabled({ timeout: 45_000 });
      await generateAll(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  });
});
