/**
 * A network that fails in the middle: single files that never answer, answer 404, or whose code
 * chunk cannot be fetched. Each ends in a message with 重试 (or in a working fallback) within its
 * timeout, and 重试 works once the fault is cleared. Faults are injected per file with page.route.
 */
import { expect, test, type Route } from '@playwright/test';
import { STALL_TIMEOUT_MS } from '@/lib/demos/timeouts';

/** Holds a request without answering, as a stalled server would; released when the test ends. */
const stall = (held: Route[]) => (route: Route) => void held.push(route);

test.describe('faults', () => {
  test.describe.configure({ timeout: 120_000 });

  test('stalled weights end in a message with 重试 within the timeout; 重试 loads them once the network is back', async ({ page }) => {
    const held: Route[] = [];
    await page.route('**/models/gpt.bin', stall(held));
    const started = Date.now();
    await page.goto('/embed/mini-gpt/?backend=wasm');
    const alert = page.locator('[data-widget="mini-gpt"] [data-model-error]');
    await expect(alert).toContainText(`${STALL_TIMEOUT_MS / 1000} 秒没有收到数据`, { timeout: STALL_TIMEOUT_MS + 20_000 });
    expect(Date.now() - started).toBeLessThan(STALL_TIMEOUT_MS + 20_000);
    await page.unroute('**/models/gpt.bin');
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('button', { name: '生成', exact: true })).toBeEnabled({ timeout: 30_000 });
    for (const r of held) await r.abort().catch(() => {});
  });

  test('without the wasm binaries (404) the automatic choice is cpu, not software WebGL', async ({ page }) => {
    await page.route('**/tfjs/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/embed/trainer/');
    const shell = page.locator('[data-widget="trainer"]');
    await expect(shell).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
    await expect(shell.getByText(/训练在独立的线程（Web Worker）中运行，计算：JavaScript/)).toBeVisible({ timeout: 30_000 });
    await shell.getByRole('button', { name: '单步（一轮）' }).click();
    await expect(shell).toHaveAttribute('data-steps', /^[1-9]/, { timeout: 30_000 });
  });

  test('a wasm binary that never arrives is given up on, and the demo runs on cpu', async ({ page }) => {
    const held: Route[] = [];
    await page.route('**/tfjs/*.wasm', stall(held));
    await page.goto('/embed/chain-rule/?show=backend');
    const shell = page.locator('[data-widget="chain-rule"]');
    await expect(shell).toHaveAttribute('data-backend', 'cpu', { timeout: 45_000 });
    await expect(shell.locator('.backend-label')).toContainText('JavaScript');
    for (const r of held) await r.abort().catch(() => {});
  });

  test('when the demo code cannot be fetched, the figure says so with 重试, and 重试 mounts it', async ({ page }) => {
    let failing = true;
    await page.goto('/gradient-descent/');
    // Every script fetched from now on (the demo's lazy chunks) fails until the network is back.
    await page.route(/\/_next\/static\/(chunks|islands)\//, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
    const figure = page.locator('figure[data-demo="gd-explorer"]');
    await figure.scrollIntoViewIfNeeded();
    const alert = figure.locator('[role="alert"]');
    await expect(alert).toContainText('无法载入演示', { timeout: 30_000 });
    await expect(page.locator('h1')).toBeVisible();
    failing = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(figure.locator('[data-widget="gd-explorer"]')).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  });
});
