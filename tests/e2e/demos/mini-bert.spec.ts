/**
 * The mini BERT demo (chapter 6, §3.2) under /embed/mini-bert/: on wasm and webgl, masking
 * characters gives the same top 5 (characters and probabilities) and classification the same chapter
 * probabilities as the shipped weights give in Node (tfjs cpu, loadShippedModel); a link restores
 * the masks; bad input gives notices; a missing weights file gives a clear message.
 */
import { expect, test, type Page } from '@playwright/test';
import { classify, fillMask, type EncoderModel } from '@/lib/models/bert';
import { AGREEMENT_LABEL, EXAMPLES, PARAMS, maskedText } from '@/lib/demos/mini-bert/params';
import { parseNaiveBayes, naiveBayesScores, type NaiveBayesModel } from '@/lib/models/naive-bayes';
import { miniModel } from '@/lib/models/mini-model';
import { defaults } from '@/lib/demos/params';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, loadShippedModel } from '../../models/shipped';
import { watchErrors, axeViolations, axe } from '../book';
import { smallestTexts } from './text-size';

const D = defaults(PARAMS);
const TOL = 1e-3;
/** A position that is not masked at the start (the starting masks are chosen by a script). */
const EXTRA = [0, 1, 2].find((i) => !D.masks.includes(i))!;
const WITH_EXTRA = [EXTRA, ...D.masks].sort((a, b) => a - b);

let bert: EncoderModel;
let naiveBayes: NaiveBayesModel;
test.beforeAll(async () => {
  bert = miniModel(await loadShippedModel('bert'));
  naiveBayes = parseNaiveBayes(JSON.parse(readFileSync(join(MODELS_DIR, 'naive-bayes.json'), 'utf8')));
});

const shellOf = (page: Page) => page.locator('[data-widget="mini-bert"]');
const charButton = (page: Page, i: number) => page.locator(`button[data-pos="${i}"]`);
const numTensors = (page: Page) => page.evaluate(() => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors);

async function open(page: Page, query = '') {
  await page.goto(`/embed/mini-bert/${query}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
}

/** The prediction cards, once they belong to the current masks. */
async function pagePredictions(page: Page, count: number) {
  const cards = page.locator('[data-predictions][aria-busy="false"] [data-position]');
  await expect(cards).toHaveCount(count, { timeout: 30_000 });
  return cards.evaluateAll((els) =>
    els.map((el) => ({
      position: Number((el as HTMLElement).dataset.position),
      top: [...el.querySelectorAll('tbody tr')].map((tr) => ({
        token: (tr as HTMLElement).dataset.token ?? '',
        p: parseFloat(tr.querySelectorAll('td')[1].textContent ?? '') / 100,
      })),
    })),
  );
}

async function expectFillMatchesNode(page: Page, masks: number[]) {
  const ref = await fillMask(bert, maskedText(Array.from(D.text), masks), 5);
  const got = await pagePredictions(page, masks.length);
  expect(got.map((g) => g.position)).toEqual(masks);
  got.forEach((g, i) => {
    expect(g.top.map((c) => c.token), `position ${g.position}`).toEqual(ref[i].top.map((c) => c.token));
    g.top.forEach((c, r) => expect(Math.abs(c.p - ref[i].top[r].p), `position ${g.position}, rank ${r + 1}`).toBeLessThan(TOL));
  });
}

/** The chapter table: label, probability, whether marked as predicted. */
async function pageClassification(page: Page) {
  const rows = page.locator('[data-classification][aria-busy="false"] tbody tr');
  await expect(rows).toHaveCount(10, { timeout: 30_000 });
  return rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('th')?.firstChild?.textContent ?? '',
      p: parseFloat(tr.querySelectorAll('td')[0]?.textContent ?? '') / 100,
      naiveBayes: parseFloat(tr.querySelectorAll('td')[1]?.textContent ?? '') / 100,
      predicted: tr.hasAttribute('data-predicted'),
      naiveBayesPredicted: tr.hasAttribute('data-naive-bayes'),
    })),
  );
}

async function expectClassMatchesNode(page: Page, text: string) {
  const ref = await classify(bert, [text]);
  const got = await pageClassification(page);
  expect(got.map((g) => g.label)).toEqual([...ref.id2label]);
  got.forEach((g, i) => expect(Math.abs(g.p - ref.probs[0][i]), ref.id2label[i]).toBeLessThan(TOL));
  expect(Math.abs(got.reduce((s, g) => s + g.p, 0) - 1)).toBeLessThan(TOL);
  const best = ref.probs[0].indexOf(Math.max(...ref.probs[0]));
  expect(got.findIndex((g) => g.predicted)).toBe(best);
  // the baseline's column: naive Bayes computed here in Node from the same file
  const nb = naiveBayesScores(naiveBayes, text);
  got.forEach((g, i) => expect(Math.abs(g.naiveBayes - nb.probs[i]), `naive Bayes, ${ref.id2label[i]}`).toBeLessThan(1e-4));
  expect(got.findIndex((g) => g.naiveBayesPredicted)).toBe(nb.best);
  return { best, naiveBayes: nb.best };
}

test.describe('mini BERT', () => {
  for (const backend of ['wasm', 'webgl']) {
    test(`fill-mask and classification equal Node's on ${backend}; no tensors leak`, async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, `?backend=${backend}`);
      await expect(shellOf(page)).toHaveAttribute('data-backend', backend);
      await expectFillMatchesNode(page, D.masks);
      await expectClassMatchesNode(page, D.cls);
      const tensors = await numTensors(page);

      await charButton(page, EXTRA).click();
      await expect(charButton(page, EXTRA)).toHaveAttribute('aria-pressed', 'true');
      await expectFillMatchesNode(page, WITH_EXTRA);
      await expect.poll(() => page.evaluate(() => location.search)).toContain(`mini-bert.masks=${WITH_EXTRA.join('%2C')}`);

      const other = '梯度下降沿着负梯度的方向更新参数';
      await page.getByLabel(PARAMS.cls.label).fill(other);
      await expectClassMatchesNode(page, other);
      // 2 + 3 masked positions predicted, 2 classifications
      await expect(shellOf(page)).toHaveAttribute('data-steps', '7');

      await charButton(page, EXTRA).click();
      await pagePredictions(page, D.masks.length);
      expect(await numTensors(page)).toBe(tensors);
      expect(errors).toEqual([]);
    });
  }

  test('a link restores the masks; positions outside the sentence are dropped with a notice; keys toggle; hide= hides an input', async ({ page }) => {
    await open(page, `?mini-bert.text=${encodeURIComponent('梯度下降')}&mini-bert.masks=1,3,9,-2`);
    await pagePredictions(page, 2);
    for (const [i, on] of [[0, false], [1, true], [2, false], [3, true]] as const) await expect(charButton(page, i)).toHaveAttribute('aria-pressed', String(on));
    await expect(shellOf(page).locator('.demo-notices')).toContainText('遮住的位置 \u22122、9 超出了句子（位置从 0 数到 3），已忽略');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('mini-bert.masks=1%2C3');
    await expect(page.getByText('位置 1 的 [MASK]（原字「度」）')).toBeVisible();

    await charButton(page, 0).focus();
    await page.keyboard.press('Space');
    await expect(charButton(page, 0)).toHaveAttribute('aria-pressed', 'true');
    await pagePredictions(page, 3);
    await page.reload();
    await pagePredictions(page, 3);
    await expect(charButton(page, 0)).toHaveAttribute('aria-pressed', 'true');

    await open(page, '?hide=cls');
    await expect(page.getByLabel(PARAMS.cls.label)).toHaveCount(0);
    await pageClassification(page);
  });

  test('unknown characters, a too-long or empty sentence give messages, not errors', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page);
    await pagePredictions(page, 2);
    const sentence = page.getByLabel(PARAMS.text.label);
    // cut just after the first mask: the second mask's position no longer exists
    await sentence.fill(Array.from(D.text).slice(0, D.masks[0] + 1).join('') + '😀');
    await expect(page.getByText('模型的字表里没有 「😀」')).toBeVisible();
    await pagePredictions(page, 1);
    await sentence.fill('梯'.repeat(70));
    await expect(page.getByText('模型一次最多读 63 个字，后面的 7 个字被截掉了。')).toBeVisible();
    await expect(page.locator('button[data-pos]')).toHaveCount(63);
    await sentence.fill('');
    await expect(page.getByText('请先输入一句话。')).toBeVisible();
    await expect(page.locator('[data-predictions]')).toHaveCount(0);

    const cls = page.getByLabel(PARAMS.cls.label);
    await cls.fill('   ');
    await expect(page.getByText('请输入一句话，看模型认为它出自哪一章。')).toBeVisible();
    await cls.fill('猫😀');
    await expect(page.locator('[data-classification]').getByText('模型的字表里没有 「😀」')).toBeVisible();
    await pageClassification(page);
    expect(errors).toEqual([]);
  });

  test('预测 predicts the same sentence again (same numbers, counted); 重置 brings back the starting sentences and masks', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, `?backend=wasm&mini-bert.text=${encodeURIComponent('梯度下降')}&mini-bert.masks=1`);
    const first = await pagePredictions(page, 1);
    await pageClassification(page);
    await expect(shellOf(page)).toHaveAttribute('data-steps', '2'); // one masked position, one classification
    const run = shellOf(page).locator('[data-demo-run]');
    await expect(run).toHaveText('预测');
    await run.click();
    await expect(shellOf(page)).toHaveAttribute('data-steps', '4');
    expect(await pagePredictions(page, 1)).toEqual(first);

    await shellOf(page).getByRole('button', { name: '重置', exact: true }).click();
    await expect(page.getByLabel(PARAMS.text.label)).toHaveValue(D.text);
    await expect(page.getByLabel(PARAMS.cls.label)).toHaveValue(D.cls);
    for (const i of D.masks) await expect(charButton(page, i)).toHaveAttribute('aria-pressed', 'true');
    await expectFillMatchesNode(page, D.masks);
    await expectClassMatchesNode(page, D.cls);
    expect(errors).toEqual([]);
  });

  test('the starting sentences are predicted right on wasm; the examples and the held-out figures are shown', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '?backend=wasm');
    await expect(shellOf(page)).toHaveAttribute('data-backend', 'wasm');
    const chars = Array.from(D.text);
    const got = await pagePredictions(page, D.masks.length);
    got.forEach((g) => expect(g.top[0].token, `position ${g.position}`).toBe(chars[g.position]));
    expect((await expectClassMatchesNode(page, D.cls)).best).toBe(EXAMPLES.classify.default.label);
    await expect(shellOf(page).locator('[data-examples-note]')).toContainText(`在 ${EXAMPLES.sentences.count} 个留出的句子上`);
    const t = (bert as unknown as { manifest: { training: Record<string, number> } }).manifest.training;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    await expect(shellOf(page).locator('[data-held-out-accuracy]')).toContainText(`迷你 BERT 答对 ${pct(t.clsHeldOutAccuracy)}，朴素贝叶斯答对 ${pct(t.naiveBayesHeldOutAccuracy)}`);
    await expect(shellOf(page).locator('[data-held-out-masked]')).toContainText(`排第一的占 ${pct(t.mlmHeldOutTop1)}`);
    for (const e of EXAMPLES.classify.examples) {
      await shellOf(page).locator(`[data-examples] button[data-right="${e.right}"]`).click();
      await expect(page.getByLabel(PARAMS.cls.label)).toHaveValue(e.text);
      await expect(shellOf(page).locator(`[data-examples] button[data-right="${e.right}"]`)).toHaveText(AGREEMENT_LABEL[e.right]);
      const answers = await expectClassMatchesNode(page, e.text);
      expect(answers.best === e.label, `BERT on ${e.text}`).toBe(e.right !== 'naiveBayes');
      expect(answers.naiveBayes === e.label, `naive Bayes on ${e.text}`).toBe(e.right !== 'bert');
    }
    expect(errors).toEqual([]);
  });

  test('a missing naive-Bayes file leaves BERT working and says why the baseline is missing', async ({ page }) => {
    await page.route('**/models/naive-bayes.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await open(page);
    await pagePredictions(page, D.masks.length);
    await expect(shellOf(page).locator('[data-classification]')).toContainText('naive-bayes.json 失败（HTTP 404）');
    await expect(page.locator('[data-classification] tbody tr[data-predicted]')).toHaveCount(1);
  });

  test('a missing weights file gives a clear message and a retry button', async ({ page }) => {
    await page.route('**/models/bert.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await open(page);
    const alert = shellOf(page).locator('[data-model-error]');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('迷你 BERT无法加载');
    await expect(alert).toContainText('找不到文件 /models/bert.bin（404）');
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(page.locator('button[data-pos]')).toHaveCount(0);
  });

  test('has no axe violations in light and dark mode, and fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await pagePredictions(page, 2);
      await pageClassification(page);
      const result = await axe(page).include('[data-widget="mini-bert"]').analyze();
      expect(axeViolations(result), scheme).toEqual([]);
    }
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await smallestTexts(shellOf(page), 11)).toEqual([]);
  });
});
