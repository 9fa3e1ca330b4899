/**
 * The compute core in Chromium: the same known-answer cases on webgpu, webgl, wasm and cpu must agree;
 * the health check must refuse a backend that returns wrong numbers; ?backend= must be honoured; a
 * lost WebGL context or WebGPU device must lead to a new choice.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BackendEvent, BackendName, BackendReport } from '@/lib/compute/backend';

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.locator('#status')).toHaveText('ready');
}

const ready = (page: Page) => page.evaluate(() => window.harness.manager.ready());

/** Per-backend tolerance relative to cpu: GPUs use float32 but a different summation order. */
const TOL: Record<BackendName, number> = { cpu: 0, wasm: 1e-4, webgl: 2e-3, webgpu: 2e-3 };

test('automatic choice: a checked backend, software GPUs ranked below WASM, reasons for every other one', async ({ page }) => {
  await open(page);
  const r = await ready(page);
  const chosen = r.candidates.find((c) => c.chosen)!;
  expect(chosen.name).toBe(r.backend);
  expect(chosen.check?.ok).toBe(true);
  for (const c of r.candidates.filter((c) => !c.chosen)) expect(c.skip?.reason, c.name).toBeTruthy();
  const softwareGpus = r.candidates.filter((c) => c.processor === 'gpu' && c.software);
  const hardwareGpus = r.candidates.filter((c) => c.processor === 'gpu' && !c.software && c.skip?.code !== 'no-api' && c.skip?.code !== 'no-adapter');
  if (hardwareGpus.length === 0) {
    // this machine: SwiftShader behind both WebGPU and WebGL
    expect(r.backend).toBe('wasm');
    expect(softwareGpus.every((c) => c.skip?.code === 'software')).toBe(true);
    expect(r.label).toMatch(/^WASM · CPU \(.+: software GPU/);
  } else {
    // a machine with a real GPU: the first one that passed its check, or WASM when none did
    expect(r.backend).toBe(hardwareGpus.find((c) => c.check?.ok)?.name ?? 'wasm');
  }
  expect(r.requested).toBeNull();
  const events = await page.evaluate(() => window.harness.events.map((e) => e.type));
  expect(events).toEqual(['chosen']);
});

test('the same known-answer cases agree on webgpu, webgl, wasm and cpu', async ({ page }) => {
  await open(page);
  const results = await page.evaluate(async () => {
    const { manager } = window.harness;
    const { runCases } = await window.harness.cases();
    const out: Record<string, { report: BackendReport; cases: Record<string, number[]> }> = {};
    for (const name of ['cpu', 'wasm', 'webgl', 'webgpu'] as const) {
      const report = await manager.setBackend(name);
      out[name] = { report, cases: await runCases() };
    }
    return out;
  });
  const { compareCases } = await import('../unit/compute/cases');
  for (const name of ['cpu', 'wasm', 'webgl', 'webgpu'] as const) {
    const { report, cases } = results[name];
    expect(report.backend, `${name} was used, not a fallback: ${report.label}`).toBe(name);
    expect(report.candidates[0].check?.ok).toBe(true);
    const diff = compareCases(cases, results.cpu.cases);
    expect(Object.keys(diff).length).toBeGreaterThan(15);
    for (const [key, d] of Object.entries(diff)) expect(d, `${name} ${key}`).toBeLessThanOrEqual(TOL[name]);
    expect(cases['trainer.unitAt20'], `${name}: tanh(20) and sigmoid(20) are 1 exactly, as the trainer's folded biases need`).toEqual([1, 1]);
  }
});

for (const name of ['webgpu', 'webgl', 'wasm', 'cpu'] as const) {
  test(`?backend=${name} is honoured`, async ({ page }) => {
    await open(page, `?backend=${name}`);
    const r = await ready(page);
    expect(r).toMatchObject({ backend: name, requested: name });
    expect(r.candidates[0]).toMatchObject({ name, chosen: true });
    expect(await page.evaluate(() => window.harness.manager.tf.getBackend())).toBe(name);
  });
}

test('the health check refuses a backend that returns wrong numbers (simulated), and the next one is used', async ({ page }) => {
  await open(page);
  const { report, events } = await page.evaluate(async () => {
    const { BackendManager, fakes } = window.harness;
    const { registerZeroReadingBackend } = await fakes();
    const events: BackendEvent[] = [];
    // a "hardware" WebGPU adapter whose backend reads back zeros, like SwiftShader's under bad flags
    const m = new BackendManager({
      search: '?backend=webgpu',
      wasmPath: '/tfjs/',
      platform: { gpu: { requestAdapter: async () => ({ info: { vendor: 'fake', architecture: 'fake-hw' } }) } },
      loaders: { webgpu: async (tf) => registerZeroReadingBackend(tf, 'webgpu') },
    });
    m.subscribe((e) => events.push(e));
    return { report: await m.ready(), events };
  });
  expect(report.backend).not.toBe('webgpu');
  expect(report.candidates[0]).toMatchObject({ name: 'webgpu', chosen: false, skip: { code: 'wrong-numbers' } });
  expect(report.candidates[0].check?.failures.length).toBe(3);
  expect(events.map((e) => e.type)).toEqual(['refused', 'chosen']);
  expect(events[0]).toMatchObject({ backend: 'webgpu' });
  expect(report.label).toMatch(/\(WebGPU: wrong numbers in matmul/);
});

test('a lost WebGL context leads to a new choice and a notice, and maths still works', async ({ page }) => {
  await open(page, '?backend=webgl');
  expect((await ready(page)).backend).toBe('webgl');
  const event = await page.evaluate(async () => {
    const { manager, events } = window.harness;
    const lost = new Promise<BackendEvent>((resolve) => manager.subscribe((e) => e.type === 'lost' && resolve(e)));
    const gl = (manager.tf.backend() as unknown as { gpgpu: { gl: WebGL2RenderingContext } }).gpgpu.gl;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
    const e = await lost;
    await (await window.harness.cases()).runCases();
    return { e, types: events.map((x) => x.type) };
  });
  expect(event.e).toMatchObject({ type: 'lost', backend: 'webgl', reason: 'WebGL context lost' });
  expect(event.e.report.backend).not.toBe('webgl');
  expect(event.e.report.candidates.find((c) => c.name === 'webgl')?.skip?.code).toBe('lost');
  expect(event.e.report.label).toMatch(/\(WebGL: WebGL context lost\)$/);
  expect(event.types).toEqual(['chosen', 'chosen', 'lost']);
});

test('a lost WebGPU device leads to a new choice and a notice', async ({ page }) => {
  await open(page, '?backend=webgpu');
  expect((await ready(page)).backend).toBe('webgpu');
  const e = await page.evaluate(async () => {
    const { manager } = window.harness;
    const lost = new Promise<BackendEvent>((resolve) => manager.subscribe((e) => e.type === 'lost' && resolve(e)));
    (manager.tf.backend() as unknown as { device: { destroy(): void } }).device.destroy();
    return lost;
  });
  expect(e).toMatchObject({ type: 'lost', backend: 'webgpu', reason: expect.stringMatching(/^WebGPU device lost/) });
  expect(e.report.backend).not.toBe('webgpu');
});
