/**
 * The retrieval demo (chapter 7, 检索：RAG 的第一步): both columns show five paragraphs; the BM25
 * column is what Node computes on the shipped index, and each paragraph the BERT column shows
 * scores (within 1e-3) what the shipped weights give in Node (tfjs cpu) and belongs to Node's best
 * five up to that tolerance; every link leads to a section anchor that exists in the built chapter;
 * a link with ?retrieval.q= restores the question; axe finds nothing, light and dark, at 360 px.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLES, PARAMS } from '@/lib/demos/retrieval/params';
import { paragraphIndex, rankBm25, TOP } from '@/lib/demos/retrieval/engine';
import { sentenceVector } from '@/lib/demos/retrieval/embed';
import { cosineScores } from '@/lib/demos/retrieval/rank';
import { indexSchema } from '@/lib/demos/retrieval/index-file';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { loadShippedModel } from '../../models/shipped';
import { watchErrors, axeViolations, axe } from '../book';

const TOL = 1e-3;
const index = indexSchema.parse(JSON.parse(fs.readFileSync('public/models/retrieval.json', 'utf8')));
const bin = fs.readFileSync(`public/models/${index.vectors.file}`);
const vectors = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
const bm25 = paragraphIndex(index.paragraphs);

let bert: MiniModel;
test.beforeAll(async () => {
  bert = miniModel(await loadShippedModel('bert'));
});

const shellOf = (page: Page) => page.locator('[data-widget="retrieval"]');
const column = (page: Page, name: 'bm25' | 'bert') => page.locator(`[data-results][aria-busy="false"] [data-ranking="${name}"]`);

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(shellOf(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
}

/** A column's results: paragraph index, the exact score, the link. */
async function results(page: Page, name: 'bm25' | 'bert') {
  const items = column(page, name).locator('li');
  await expect(items).toHaveCount(TOP, { timeout: 45_000 });
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      index: Number(li.getAttribute('data-paragraph')),
      score: Number(li.querySelector('[data-score]')!.getAttribute('data-score')),
      href: li.querySelector('a')!.getAttribute('href')!,
    })),
  );
}

/** Both columns checked against Node for the question q. */
async function expectRankings(page: Page, q: string) {
  const expected = rankBm25(bm25, q, TOP);
  expect(expected.length).toBe(TOP);
  const shown = await results(page, 'bm25');
  expect(shown.map((r) => r.index)).toEqual(expected.map((r) => r.index));
  shown.forEach((r, i) => expect(Math.abs(r.score - expected[i].score)).toBeLessThan(1e-9));

  const node = cosineScores((await sentenceVector(bert, q)).vector, vectors, index.dims);
  const fifth = [...node].sort((a, b) => b - a)[TOP - 1];
  const shownBert = await results(page, 'bert');
  for (const r of shownBert) {
    expect(Math.abs(r.score - node[r.index])).toBeLessThan(TOL);
    expect(node[r.index]).toBeGreaterThanOrEqual(fifth - TOL);
  }
  for (let i = 1; i < TOP; i++) expect(shownBert[i].score).toBeLessThanOrEqual(shownBert[i - 1].score);
  return [...shown, ...shownBert];
}

test.describe('retrieval', () => {
  test('in the chapter: both columns rank the default question as Node does, every link has its section', async ({ page, request }) => {
    const errors = watchErrors(page);
    await open(page, '/applications/#demo-retrieval');
    const shown = await expectRankings(page, PARAMS.q.default);
    const pages = new Map<string, string>();
    for (const { href, index: i } of shown) {
      expect(href).toBe(index.paragraphs[i].href);
      const [path, id] = href.split('#');
      expect(id).toMatch(/^[a-z0-9-]+$/);
      if (!pages.has(path)) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        pages.set(path, await res.text());
      }
      expect(pages.get(path), `${path} has no element #${id}`).toContain(`id="${id}"`);
    }
    await expect(shellOf(page)).toHaveAttribute('data-steps', /^[1-9]/);
    expect(errors).toEqual([]);
  });

  test('typing a question ranks again and goes to the URL; a link with ?retrieval.q= restores it', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/embed/retrieval/');
    await results(page, 'bm25');
    await page.getByRole('group', { name: '示例问题' }).getByRole('button', { name: EXAMPLES[0] }).click();
    await expect(page.getByLabel(/^问题/)).toHaveValue(EXAMPLES[0]);
    await expectRankings(page, EXAMPLES[0]);
    const q = '怎样证明自动驾驶足够安全？';
    await page.getByLabel(/^问题/).fill(q);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('retrieval.q'))).toBe(q);
    await expectRankings(page, q);

    const other = '学习率太大会怎样？';
    await open(page, `/embed/retrieval/?retrieval.q=${encodeURIComponent(other)}`);
    await expect(page.getByLabel(/^问题/)).toHaveValue(other);
    await expectRankings(page, other);

    await open(page, '/embed/retrieval/?hide=bert');
    await results(page, 'bm25');
    await expect(page.locator('[data-ranking="bert"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('on a 360 px phone: no sideways scroll, no axe violations light and dark', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/applications/#demo-retrieval');
      await results(page, 'bert');
      const result = await axe(page).include('[data-widget="retrieval"]').analyze();
      expect(axeViolations(result), scheme).toEqual([]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    }
  });
});
