/**
 * The whole-transformer view (chapter 6, §3.1) under /embed/transformer-view/: on wasm and webgl,
 * every stage's numbers for the traced character (the strips' and tables' data-values) equal the
 * same trace computed in Node from the shipped weights (tfjs cpu, loadShippedModel; the engine is
 * itself checked against plain loops in tests/unit/demos/transformer-view/), and so does the next
 * character's distribution; a link restores the state; bad input gives messages, not errors; no
 * tensors leak when the prompt changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { nextChoice, row, traceTransformer, type Trace } from '@/lib/demos/transformer-view/engine';
import { PARAMS } from '@/lib/demos/transformer-view/params';
import { defaults } from '@/lib/demos/params';
import { loadShippedModel } from '../../models/shipped';
import { watchErrors } from '../book';

const D = defaults(PARAMS);
const TOL = 1e-3;
const LAYER_KEYS = ['ln1', 'q', 'k', 'v', 'heads', 'proj', 'resid1', 'ln2', 'ff', 'mlp', 'resid2'] as const;

let gpt: MiniModel;
test.beforeAll(async () => {
  gpt = miniModel(await loadShippedModel('gpt'));
});

const shellOf = (page: Page) => page.locator('[data-widget="transformer-view"]');
const numTensors = (page: Page) => page.evaluate(() => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors);
const charButton = (page: Page, i: number) => shellOf(page).locator(`button[data-pos="${i}"]`);

async function open(page: Page, query = '') {
  await page.goto(`/embed/transformer-view/${query}`);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
}

interface Shown {
  at: number;
  layer: number;
  head: number;
  values: Record<string, number[]>;
  top: [number, number][];
}

/** What the page shows once its trace belongs to the prompt in the box. */
async function shown(page: Page, chars: number): Promise<Shown> {
  const trace = shellOf(page).locator('[data-trace][aria-busy="false"]');
  await expect(trace).toHaveCount(1, { timeout: 30_000 });
  await expect(shellOf(page).locator('button[data-pos]')).toHaveCount(chars);
  return trace.evaluate((el) => {
    const values: Record<string, number[]> = {};
    for (const e of el.querySelectorAll<HTMLElement>('[data-key][data-values]')) values[e.dataset.key!] = e.dataset.values!.split(',').map(Number);
    const d = (el as HTMLElement).dataset;
    return { at: Number(d.at), layer: Number(d.layer), head: Number(d.head), values, top: JSON.parse(el.querySelector<HTMLElement>('[data-key="next"]')!.dataset.top!) };
  });
}

function expectNear(got: number[] | undefined, want: ArrayLike<number>, what: string) {
  expect(got, what).toBeDefined();
  expect(got!.length, what).toBe(want.length);
  let m = 0;
  for (let i = 0; i < want.length; i++) m = Math.max(m, Math.abs(got![i] - want[i]));
  expect(m, `${what}: max |page − Node|`).toBeLessThan(TOL);
}

/** The page's numbers against Node's trace of the same prompt, at the page's position, layer and head. */
async function expectMatchesNode(page: Page, prompt: string, want: { at: number; layer: number; head: number }, sampling = { t: D.temperature, p: D.top_p, seed: D.seed }) {
  const ids = gpt.vocab.encode(prompt).ids;
  const got = await shown(page, ids.length);
  expect({ at: got.at, layer: got.layer, head: got.head }).toEqual(want);
  const ref: Trace = await traceTransformer(gpt.params, gpt.manifest.config, ids);
  const { at } = want;
  const lt = ref.layers[want.layer - 1];
  expectNear(got.values.tok, row(ref.tok, at), 'tok');
  expectNear(got.values.pos, row(ref.pos, at), 'pos');
  expectNear(got.values.embed, row(ref.embed, at), 'embed');
  for (const key of LAYER_KEYS) expectNear(got.values[key], row(lt[key], at), `layer ${want.layer} ${key}`);
  expectNear(got.values.scores, row(lt.scores, at, want.head - 1), 'scores');
  const H = lt.weights.shape[0];
  expectNear(got.values.weights, Array.from({ length: H }, (_, h) => Array.from(row(lt.weights, at, h))).flat(), 'weights');
  expectNear(got.values.final, row(ref.final, at), 'final');
  expectNear(got.values.logits, row(ref.logits, at), 'logits');
  const next = nextChoice(row(ref.logits, at), sampling.t, sampling.p, sampling.seed);
  expect(got.top.map(([id]) => id), 'next: top ids').toEqual(next.top.map((c) => c.id));
  expectNear(got.top.map(([, p]) => p), next.top.map((c) => c.p), 'next: probabilities');
  const check = Number(await shellOf(page).locator('[data-check]').getAttribute('data-check'));
  expect(check, 'the pipeline against nextToken').toBeLessThan(TOL);
}

test.describe('transformer view', () => {
  for (const backend of ['wasm', 'webgl']) {
    test(`every stage equals Node's on ${backend}; choosing a character, layer and head; no tensors leak`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      await open(page, `?backend=${backend}`);
      await expect(shellOf(page)).toHaveAttribute('data-backend', backend);
      const n = Array.from(D.prompt).length;
      await expectMatchesNode(page, D.prompt, { at: n - 1, layer: 1, head: 1 });
      const tensors = await numTensors(page);

      await charButton(page, 1).click();
      await expect(charButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
      await shellOf(page).getByRole('button', { name: '第 3 层' }).click();
      await shellOf(page).getByRole('button', { name: '头 2' }).click();
      await expectMatchesNode(page, D.prompt, { at: 1, layer: 3, head: 2 });
      for (const part of ['transformer-view.pos=2', 'transformer-view.layer=3', 'transformer-view.head=2'])
        await expect.poll(() => page.evaluate(() => location.search)).toContain(part);

      const other = '神经网络的参数';
      await shellOf(page).getByLabel(/提示（prompt）/).fill(other);
      await expectMatchesNode(page, other, { at: 1, layer: 3, head: 2 });
      await shellOf(page).getByLabel(/提示（prompt）/).fill(D.prompt);
      await expectMatchesNode(page, D.prompt, { at: 1, layer: 3, head: 2 });
      expect(await numTensors(page)).toBe(tensors);
      expect(errors).toEqual([]);
    });
  }

  test('a link restores the prompt, the traced character, layer, head, temperature and top_p', async ({ page }) => {
    const errors = watchErrors(page);
    const q = `?backend=wasm&transformer-view.prompt=${encodeURIComponent('大模型')}&transformer-view.pos=2&transformer-view.layer=2&transformer-view.head=3&transformer-view.temperature=0&transformer-view.top_p=0.5`;
    await open(page, q);
    await expectMatchesNode(page, '大模型', { at: 1, layer: 2, head: 3 }, { t: 0, p: 0.5, seed: D.seed });
    await expect(charButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
    await expect(shellOf(page).getByRole('button', { name: '第 2 层' })).toHaveAttribute('aria-pressed', 'true');
    await expect(shellOf(page).getByRole('button', { name: '头 3' })).toHaveAttribute('aria-pressed', 'true');
    await expect(shellOf(page).getByText('温度为 0，取最可能的字符：')).toBeVisible();

    await page.reload();
    await expectMatchesNode(page, '大模型', { at: 1, layer: 2, head: 3 }, { t: 0, p: 0.5, seed: D.seed });

    await open(page, `?backend=wasm&transformer-view.prompt=${encodeURIComponent('注意力')}&transformer-view.pos=9`);
    await expect(shellOf(page).locator('.demo-notices')).toContainText('跟踪的位置 9 超出了提示（3 个字符），已改为最后一个字符');
    await expectMatchesNode(page, '注意力', { at: 2, layer: 1, head: 1 });

    await open(page, '?backend=wasm&hide=check,layer');
    await shown(page, Array.from(D.prompt).length);
    await expect(shellOf(page).locator('[data-check]')).toHaveCount(0);
    await expect(shellOf(page).getByRole('button', { name: '第 2 层' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('an empty prompt, a prompt over 64 characters and unknown characters give messages, not errors', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '?backend=wasm');
    await shown(page, Array.from(D.prompt).length);
    const box = shellOf(page).getByLabel(/提示（prompt）/);
    const message = shellOf(page).locator('[data-prompt-error]');
    await box.fill('');
    await expect(message).toHaveText('请输入至少一个字符。');
    await expect(shellOf(page).locator('[data-trace]')).toHaveCount(0);
    await box.fill('梯'.repeat(65));
    await expect(message).toContainText('迷你 GPT 一次最多读 64 个字符，这个提示有 65 个，请删去 1 个。');
    await box.fill('梯度😀');
    await expect(message).toContainText('迷你 GPT 的字表里没有「😀」');
    await expect(shellOf(page).locator('[data-trace]')).toHaveCount(0);
    await box.fill('梯'.repeat(64));
    await expectMatchesNode(page, '梯'.repeat(64), { at: 63, layer: 1, head: 1 });
    expect(errors).toEqual([]);
  });
});
