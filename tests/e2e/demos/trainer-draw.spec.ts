/**
 * The trainer beyond Playground: the reader's own points (click to add and erase, CSV out and back
 * in, bad rows reported by line), the network diagram (every neuron's map; pointing at one shows
 * it in the big plot; columns on a wide screen, rows on a phone), regression and regularisation,
 * and tables that follow the current network.
 */
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from '../book';

const EMBED = '/embed/trainer/';

async function open(page: Page, url: string) {
  await page.goto(url);
  const shell = page.locator('[data-widget="trainer"]');
  await expect(shell).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  await expect(shell.getByText(/训练在独立的线程（Web Worker）中运行/)).toBeVisible({ timeout: 30_000 });
  return shell;
}

/**
 * Where the data point (x, y) lies in the plot canvas, by the plot's documented geometry: a square
 * over [−6, 6]² with 34 px on the left for the ticks, 10 px on the right, 8 px above.
 */
async function pixelOf(plot: Locator, x: number, y: number) {
  const box = (await plot.boundingBox())!;
  const side = box.width - 44;
  return { x: 34 + ((x + 6) / 12) * side, y: 8 + ((6 - y) / 12) * side };
}

const exportCsv = async (page: Page, shell: Locator) => {
  const [download] = await Promise.all([page.waitForEvent('download'), shell.getByRole('button', { name: '下载 CSV' }).click()]);
  return fs.readFileSync((await download.path())!, 'utf8');
};

const rows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split(',').map(Number));

test('own data: add points by clicking, erase one, train, export CSV, import it again: the same points', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, `${EMBED}?backend=cpu&trainer.dataset=draw`);
  const plot = shell.getByTestId('nn-plot');
  const count = shell.getByTestId('nn-draw-count');
  await expect(count).toContainText('现有 0 个点');
  const wanted = [
    [-3, -3, 1],
    [3, 3, 1],
    [-3, 3, -1],
    [3, -3, -1],
    [0, 4.5, -1],
  ];
  for (const [x, y, label] of wanted) {
    await shell.getByRole('radio', { name: label > 0 ? '添加蓝点（+1 类）' : '添加橙点（−1 类）' }).check();
    await plot.click({ position: await pixelOf(plot, x, y) });
  }
  await expect(count).toContainText('现有 5 个点');
  await shell.getByRole('radio', { name: '擦除' }).check();
  await plot.click({ position: await pixelOf(plot, 0.1, 4.4) }); // near (0, 4.5)
  await expect(count).toContainText('现有 4 个点');

  for (let i = 0; i < 3; i++) await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect(shell).toHaveAttribute('data-steps', '3');
  await expect(shell.getByTestId('nn-stats')).toContainText(/训练损失 \d\.\d{3} · 测试损失 —/);

  const csv = await exportCsv(page, shell);
  expect(csv.split('\n')[0]).toBe('x,y,label');
  const got = rows(csv);
  expect(got.length).toBe(4);
  got.forEach(([x, y, label], i) => {
    expect(Math.abs(x - wanted[i][0])).toBeLessThan(0.1);
    expect(Math.abs(y - wanted[i][1])).toBeLessThan(0.1);
    expect(label).toBe(wanted[i][2]);
  });

  await shell.getByRole('button', { name: '清空' }).click();
  await expect(count).toContainText('现有 0 个点');
  await shell.getByLabel('粘贴 CSV（每行 x,y,label）').fill(csv);
  await shell.getByRole('button', { name: '导入（替换现有的点）' }).click();
  await expect(shell.getByTestId('nn-csv-report')).toHaveText('读入 4 个点。');
  await expect(count).toContainText('现有 4 个点');
  expect(await exportCsv(page, shell)).toBe(csv);
  // the same network goes on learning from the points it got back
  await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect(shell).toHaveAttribute('data-steps', '4');
  expect(errors).toEqual([]);
});

test('own data: a bad CSV row is skipped and reported by its line number; regression points carry values', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&trainer.dataset=draw`);
  await shell.getByLabel('粘贴 CSV（每行 x,y,label）').fill(['x,y,label', '1,1,1', '2,2', 'foo,1,1', '1,9,1', '−1,−1,−1', '0,0,0.5'].join('\n'));
  await shell.getByRole('button', { name: '导入（替换现有的点）' }).click();
  const report = shell.getByTestId('nn-csv-report');
  await expect(report).toContainText('读入 2 个点，跳过 4 行');
  await expect(report.locator('li')).toHaveText([/^第 3 行：应有 3 列/, /^第 4 行：x 不是数/, /^第 5 行：y = 9\.00 超出/, /^第 7 行：分类的 label 应为 1 或/]);
  await expect(shell.getByTestId('nn-draw-count')).toContainText('现有 2 个点');

  await shell.getByLabel('数据集').selectOption('drawreg');
  await expect(shell.getByTestId('nn-draw-count')).toContainText('现有 0 个点');
  await expect(shell.getByTestId('nn-caption')).toHaveText('大图显示：网络的预测值');
  const slider = shell.getByRole('slider', { name: '新点的值' });
  await slider.fill('-0.7');
  const plot = shell.getByTestId('nn-plot');
  await plot.click({ position: await pixelOf(plot, 2, -1) });
  const got = rows(await exportCsv(page, shell));
  expect(got.length).toBe(1);
  expect(got[0][2]).toBeCloseTo(-0.7, 6);
});

test('network diagram: every neuron drawn; pointing at one shows its output in the big plot; rows on a phone', async ({ page }) => {
  const errors = watchErrors(page);
  const shell = await open(page, `${EMBED}?backend=cpu&trainer.layers=3,2`);
  const diagram = shell.getByTestId('nn-diagram');
  await expect(diagram).toHaveAttribute('data-layout', 'horizontal');
  const neurons = diagram.getByRole('button');
  await expect(neurons).toHaveCount(2 + 3 + 2 + 1);
  await shell.getByRole('button', { name: '单步（一轮）' }).click();
  await expect(shell).toHaveAttribute('data-steps', '1');
  // a hidden neuron's small map (drawn on the diagram's canvas under its button) is not blank: its pixels vary over the plane
  const picture0 = diagram.locator('canvas[data-links]');
  const spread = async (i: number) => {
    const [d, n] = [(await diagram.boundingBox())!, (await neurons.nth(i).boundingBox())!];
    return picture0.evaluate((c: HTMLCanvasElement, r) => {
      const k = c.width / c.getBoundingClientRect().width;
      const d = c.getContext('2d')!.getImageData(Math.round(r.x * k), Math.round(r.y * k), Math.round(r.w * k), Math.round(r.h * k)).data;
      const reds = Array.from({ length: d.length / 4 }, (_, j) => d[j * 4]);
      return Math.max(...reds) - Math.min(...reds);
    }, { x: n.x - d.x + 4, y: n.y - d.y + 4, w: n.width - 8, h: n.height - 8 });
  };
  await expect.poll(() => spread(2)).toBeGreaterThan(20);
  // the weights' lines (on the same canvas, 2·3 + 3·2 + 2·1 = 14 links) are drawn in the signs' colours: both blue and orange pixels
  await expect(picture0).toHaveAttribute('data-links', '14');
  // counted outside the neurons' squares, where only links are drawn
  const hues = async () => {
    const d0 = (await diagram.boundingBox())!;
    const cells = (await Promise.all((await neurons.all()).map((b) => b.boundingBox()))).map((r) => ({ x: r!.x - d0.x, y: r!.y - d0.y, w: r!.width, h: r!.height }));
    return picture0.evaluate((c: HTMLCanvasElement, cells) => {
      const k = c.width / c.getBoundingClientRect().width;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let blue = 0;
      let orange = 0;
      for (let p = 0; p < d.length / 4; p++) {
        const [x, y] = [(p % c.width) / k, Math.floor(p / c.width) / k];
        if (d[p * 4 + 3] < 100 || cells.some((r) => x >= r.x - 2 && x <= r.x + r.w + 2 && y >= r.y - 2 && y <= r.y + r.h + 2)) continue;
        if (d[p * 4 + 2] > d[p * 4] + 40) blue++;
        else if (d[p * 4] > d[p * 4 + 2] + 40) orange++;
      }
      return Math.min(blue, orange);
    }, cells);
  };
  await expect.poll(hues).toBeGreaterThan(10);
  const plot = shell.getByTestId('nn-plot');
  const picture = () => plot.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const output = await picture();
  await neurons.nth(3).hover();
  await expect(shell.getByTestId('nn-caption')).toHaveText('大图显示：第 1 隐藏层第 2 个神经元的输出');
  await expect.poll(picture).not.toBe(output);
  await neurons.nth(0).focus();
  await expect(shell.getByTestId('nn-caption')).toHaveText('大图显示：输入特征 X₁的输出');
  await neurons.nth(7).click(); // pins the output neuron
  await expect(neurons.nth(7)).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(0, 0);
  await shell.getByRole('button', { name: '单步（一轮）' }).focus();
  await expect(shell.getByTestId('nn-caption')).toHaveText('大图显示：输出神经元的输出');

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(diagram).toHaveAttribute('data-layout', 'vertical');
  const box = (await diagram.boundingBox())!;
  for (const b of await neurons.all()) {
    const r = (await b.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(r.width).toBeGreaterThanOrEqual(30); // re-laid out, not shrunk
  }
  // a smaller network than the default leaves no empty box under the demo (the reservation is released once it runs)
  const figure = page.locator('figure[data-demo="trainer"]');
  const [f, w] = [(await figure.boundingBox())!, (await shell.boundingBox())!];
  expect(f.y + f.height - (w.y + w.height)).toBeLessThan(24);

  // the widest layer Playground allows (8 neurons) still fits a phone's row: closer, smaller cells, none outside
  await page.goto(`${EMBED}?backend=cpu&trainer.layers=8,8`);
  await expect(diagram.getByRole('button')).toHaveCount(2 + 8 + 8 + 1);
  const wide = (await diagram.boundingBox())!;
  for (const b of await diagram.getByRole('button').all()) {
    const r = (await b.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(wide.x - 1);
    expect(r.x + r.width).toBeLessThanOrEqual(wide.x + wide.width + 1);
    expect(r.width).toBeGreaterThanOrEqual(24);
  }

  // all seven input features on a phone's row: each name stays inside its own cell, none overlaps the next
  await page.goto(`${EMBED}?backend=cpu&trainer.x2=1&trainer.y2=1&trainer.xy=1&trainer.sinx=1&trainer.siny=1`);
  const inputs = diagram.getByRole('button', { name: /^输入特征/ });
  await expect(inputs).toHaveCount(7);
  for (const b of await inputs.all()) {
    const [cell, name] = [(await b.boundingBox())!, (await b.locator('span').boundingBox())!];
    expect(name.x, await b.textContent() ?? '').toBeGreaterThanOrEqual(cell.x);
    expect(name.x + name.width, await b.textContent() ?? '').toBeLessThanOrEqual(cell.x + cell.width);
    expect(name.height).toBeLessThanOrEqual(cell.height);
  }
  expect(errors).toEqual([]);
});

test('regression and regularisation; the tables follow the current network and print integers as integers', async ({ page }) => {
  const shell = await open(page, `${EMBED}?backend=cpu&trainer.dataset=plane&trainer.layers=3`);
  await expect(shell.getByTestId('nn-caption')).toHaveText('大图显示：网络的预测值');
  await expect(shell.locator('figure, svg').getByText('损失：均方误差 ½(ŷ − y)²').first()).toBeVisible();
  await expect(shell.getByLabel('正则化率 λ')).toHaveCount(0);
  await shell.getByLabel('正则化', { exact: true }).selectOption('l2');
  await expect(page).toHaveURL(/trainer\.reg=l2/);
  await expect(shell.getByLabel('正则化率 λ')).toHaveCount(1);
  const stats = shell.getByTestId('nn-stats');
  await expect(stats).toContainText(/训练损失 \d\.\d{3}/);
  const loss = async () => Number((await stats.textContent())!.match(/训练损失 (\d\.\d{3})/)![1]);
  const first = await loss();
  await shell.getByRole('button', { name: '运行', exact: true }).click();
  await expect.poll(() => shell.getAttribute('data-steps').then(Number), { timeout: 20_000 }).toBeGreaterThan(20);
  await shell.getByRole('button', { name: '暂停', exact: true }).click();
  await expect.poll(loss).toBeLessThan(first / 2);

  const weights = shell.locator('details.numbers').filter({ hasText: '权重与偏置' });
  await weights.locator('summary').click();
  await expect(weights.locator('tbody tr')).toHaveCount(3 + 1);
  await expect(weights.locator('tbody tr td:nth-child(2)')).toHaveText(['1', '2', '3', '1']);
  // a new network (another data set and shape) shows in the table without a pause or a step
  await shell.getByLabel('数据集').selectOption('spiral');
  await shell.getByRole('button', { name: '＋ 增加一层' }).click();
  await expect(weights.locator('tbody tr')).toHaveCount(3 + 4 + 1);
  const recent = shell.locator('details.numbers').filter({ hasText: '最近的损失' });
  await recent.locator('summary').click();
  await expect(recent.locator('tbody tr td:first-child')).toHaveText(['0']);
});
