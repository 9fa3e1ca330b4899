/**
 * The real failure the manager exists for (docs/platform-facts.md §1): with only --enable-unsafe-webgpu, headless
 * Chromium offers a SwiftShader WebGPU adapter on which a synchronous read returns zeros and the device
 * is then destroyed. Measured here: the known-answer check (read with await data()) passes, a later
 * dataSync() returns zeros and loses the device. The manager must notice, choose again and keep
 * computing; lib/ itself never calls dataSync().
 */
import { expect, test } from '@playwright/test';
import type { BackendEvent } from '@/lib/compute/backend';
import { QUIET_FLAGS } from '../../playwright.config';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(Boolean);
test.use({ launchOptions: { executablePath: chromium, args: [...QUIET_FLAGS, '--enable-unsafe-webgpu'] } });

test('a broken SwiftShader WebGPU: refused, or lost on first bad read and replaced; maths goes on', async ({ page }) => {
  await page.goto('/?backend=webgpu');
  await expect(page.locator('#status')).toHaveText('ready');
  const out = await page.evaluate(async () => {
    const { manager, events } = window.harness;
    const first = await manager.ready();
    const lost = new Promise<BackendEvent>((resolve) => manager.subscribe((e) => e.type === 'lost' && resolve(e)));
    let syncRead: number[] | string = 'not tried';
    if (first.backend === 'webgpu') {
      const tf = manager.tf;
      const a = tf.tensor2d([[1, 2], [3, 4]]);
      syncRead = Array.from(tf.matMul(a, a).dataSync());
      await lost;
    }
    const { runCases } = await window.harness.cases();
    const cases = await runCases();
    return { first, now: manager.report!, syncRead, types: events.map((e) => e.type), boundary: cases['mlp.boundary'].length };
  });
  expect(out.now.backend).not.toBe('webgpu');
  expect(out.boundary).toBe(100);
  if (out.first.backend === 'webgpu') {
    expect(out.syncRead).toEqual([0, 0, 0, 0]); // the wrong numbers, had anyone read them this way
    expect(out.types).toEqual(['chosen', 'chosen', 'lost']);
    expect(out.now.candidates.find((c) => c.name === 'webgpu')?.skip?.code).toBe('lost');
  } else {
    expect(out.types).toEqual(['refused', 'chosen']);
  }
});
