import { describe, expect, it } from 'vitest';
import {
  BackendManager, browserPlatform, describeChoice, knownAnswerCheck, parseBackendParam, probeWebGL, probeWebGPU,
  type BackendEvent, type Platform,
} from '@/lib/compute/backend';
import { registerLosableBackend, registerThrowingBackend, registerZeroReadingBackend } from './fake-backend';
import { defaultLoaders } from '@/lib/compute/backend/loaders';
import { tf } from './setup';

const NODE = { wasmPath: null } as const;

/** A platform whose WebGPU adapter reports the given architecture. */
const gpuPlatform = (architecture: string): Platform => ({
  gpu: { requestAdapter: async () => ({ info: { vendor: 'test', architecture } }) },
});

describe('probes and ranking', () => {
  it('tells a software GPU from a real one, and reports what is missing', async () => {
    expect(await probeWebGPU({})).toMatchObject({ available: false, code: 'no-api' });
    expect(await probeWebGPU({ gpu: { requestAdapter: async () => null } })).toMatchObject({ available: false, code: 'no-adapter', reason: 'no adapter' });
    expect(await probeWebGPU(gpuPlatform('swiftshader'))).toMatchObject({ available: true, software: true });
    expect(await probeWebGPU(gpuPlatform('ampere'))).toMatchObject({ available: true, software: false });
    const gl = (renderer: string) => ({ createWebGLContext: () => ({ RENDERER: 1, getParameter: () => renderer, getExtension: () => null }) });
    expect(probeWebGL(gl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'))).toMatchObject({ available: true, software: true });
    expect(probeWebGL(gl('llvmpipe (LLVM 15.0.6, 256 bits)'))).toMatchObject({ software: true });
    expect(probeWebGL(gl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)'))).toMatchObject({ available: true, software: false });
    expect(probeWebGL({})).toMatchObject({ available: false, code: 'no-api' });
    expect(browserPlatform({})).toEqual({ gpu: null, createWebGLContext: null });
  });

  it('ranks hardware GPUs first and software GPUs below WASM and CPU', () => {
    const p = (available: boolean, software: boolean) => ({ available, software, detail: '' });
    expect(BackendManager.rank({ webgpu: p(true, false), webgl: p(true, false), wasm: p(true, false), cpu: p(true, false) })).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(BackendManager.rank({ webgpu: p(true, true), webgl: p(true, true), wasm: p(true, false), cpu: p(true, false) })).toEqual(['wasm', 'cpu', 'webgl', 'webgpu']);
    expect(BackendManager.rank({ webgpu: p(false, false), webgl: p(true, true), wasm: p(true, false), cpu: p(true, false) })).toEqual(['webgpu', 'wasm', 'cpu', 'webgl']);
  });

  it('parses ?backend= and ignores anything else', () => {
    expect(parseBackendParam('?backend=webgl')).toBe('webgl');
    expect(parseBackendParam('?x=1&backend=WASM')).toBe('wasm');
    expect(parseBackendParam('?backend=cuda')).toBeNull();
    expect(parseBackendParam('')).toBeNull();
  });
});

describe('known-answer check', () => {
  it('passes on cpu and fails, naming the cases, on a backend that reads zeros', async () => {
    registerZeroReadingBackend(tf, 'zeros-kac');
    await import('@tensorflow/tfjs-backend-cpu');
    expect(await tf.setBackend('cpu')).toBe(true);
    const before = tf.memory().numTensors;
    const good = await knownAnswerCheck(tf);
    expect(good).toMatchObject({ ok: true, failures: [] });
    expect(good.maxError).toBeLessThan(1e-4);
    expect(tf.memory().numTensors).toBe(before);
    expect(await tf.setBackend('zeros-kac')).toBe(true);
    const bad = await knownAnswerCheck(tf);
    expect(bad.ok).toBe(false);
    expect(bad.failures).toEqual(['matmul 3×4·4×2', 'matmul 33×17·17×9', 'softmax 4×5']);
    expect(bad.maxError).toBeGreaterThan(1);
    await tf.setBackend('cpu');
  });
});

describe('BackendManager in Node', () => {
  it('automatically chooses WASM (no GPU APIs here), after checking it, and says why WebGPU/WebGL were skipped', async () => {
    const m = new BackendManager({ ...NODE });
    const events: BackendEvent[] = [];
    m.subscribe((e) => events.push(e));
    const before = tf.memory().numTensors;
    const r = await m.ready();
    expect(tf.memory().numTensors).toBe(before);
    expect(await m.ready()).toBe(r);
    expect(r.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(r).toMatchObject({ processor: 'cpu', software: false, requested: null, label: 'WASM · CPU (WebGPU: no WebGPU API)' });
    expect(r.candidates.map((c) => [c.name, c.skip?.code ?? 'chosen'])).toEqual([
      ['webgpu', 'no-api'], ['webgl', 'no-api'], ['wasm', 'chosen'], ['cpu', 'not-needed'],
    ]);
    expect(r.candidates[2].check?.ok).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['chosen']);
  });

  it('honours ?backend=cpu and the setter', async () => {
    const m = new BackendManager({ ...NODE, search: '?backend=cpu' });
    expect((await m.ready()).backend).toBe('cpu');
    expect(m.report?.requested).toBe('cpu');
    expect(m.report?.label).toBe('JavaScript · CPU');
    expect((await m.setBackend('wasm')).backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect((await m.setBackend(null)).requested).toBeNull();
  });

  it('forgets a failed first choice, so that a retry can succeed', async () => {
    let offline = true;
    const real = defaultLoaders(null);
    const flaky = (name: 'wasm' | 'cpu') => async (t: typeof tf) => {
      if (offline) throw new Error('offline');
      await real[name](t);
    };
    const m = new BackendManager({ ...NODE, requested: 'cpu', loaders: { wasm: flaky('wasm'), cpu: flaky('cpu') } });
    await expect(m.ready()).rejects.toThrow(/no backend passed its check/);
    offline = false;
    expect((await m.ready()).backend).toBe('cpu');
    expect(m.report?.requested).toBe('cpu');
  });

  it('gives up on a backend that never finishes loading and uses the next one', async () => {
    const m = new BackendManager({ ...NODE, requested: 'wasm', loadTimeoutMs: 200, loaders: { wasm: () => new Promise<void>(() => {}) } });
    const r = await m.ready();
    expect(r.backend).toBe('cpu');
    expect(r.candidates.find((c) => c.name === 'wasm')?.skip?.reason).toMatch(/no answer within 0.2 s/);
  });

  it('refuses a requested backend that returns wrong numbers and uses the next one', async () => {
    // "webgl" here is a cpu backend that reads back zeros, behind a WebGL probe that looks like real hardware
    const m = new BackendManager({
      ...NODE,
      search: '?backend=webgl',
      platform: { createWebGLContext: () => ({ RENDERER: 1, getParameter: () => 'Real GPU', getExtension: () => null }) },
      loaders: { webgl: async (t) => registerZeroReadingBackend(t, 'webgl') },
    });
    const events: BackendEvent[] = [];
    m.subscribe((e) => events.push(e));
    const r = await m.ready();
    expect(r.backend).toBe('wasm');
    expect(r.candidates[0]).toMatchObject({ name: 'webgl', chosen: false, skip: { code: 'wrong-numbers' } });
    expect(r.candidates[0].skip?.reason).toMatch(/wrong numbers in matmul 3×4·4×2/);
    expect(events[0]).toMatchObject({ type: 'refused', backend: 'webgl' });
    expect(events[1]).toMatchObject({ type: 'chosen' });
    expect(r.label).toMatch(/^WASM · CPU \(WebGL: wrong numbers/);
    tf.removeBackend('webgl');
  });

  it('refuses a backend whose reads throw, and one that fails to initialise', async () => {
    const m = new BackendManager({
      ...NODE,
      search: '?backend=webgpu',
      platform: { ...gpuPlatform('ampere'), createWebGLContext: () => ({ RENDERER: 1, getParameter: () => 'Real GPU', getExtension: () => null }) },
      loaders: {
        webgpu: async (t) => registerThrowingBackend(t, 'webgpu'),
        webgl: async (t) => void t.registerBackend('webgl', () => Promise.reject(new Error('no context'))),
      },
    });
    const r = await m.ready();
    expect(r.backend).toBe('wasm');
    expect(r.candidates.map((c) => [c.name, c.skip?.code ?? 'chosen'])).toEqual([
      ['webgpu', 'init-failed'], ['webgl', 'init-failed'], ['wasm', 'chosen'], ['cpu', 'not-needed'],
    ]);
    expect(r.candidates[0].skip?.reason).toMatch(/known-answer check threw: .*device gone/);
    expect(r.candidates[1].skip?.reason).toBe('failed to initialise');
    tf.removeBackend('webgpu');
    tf.removeBackend('webgl');
  });

  it('re-chooses when the device is lost, and notifies', async () => {
    let device: ReturnType<typeof registerLosableBackend> | null = null;
    const m = new BackendManager({
      ...NODE,
      platform: gpuPlatform('ampere'),
      loaders: { webgpu: async (t) => void (device = registerLosableBackend(t, 'webgpu')) },
    });
    const first = await m.ready();
    expect(first).toMatchObject({ backend: 'webgpu', processor: 'gpu', software: false, label: 'WebGPU · GPU' });
    expect(first.candidates.map((c) => c.skip?.code ?? 'chosen')).toEqual(['chosen', 'no-api', 'not-needed', 'not-needed']);
    const lost = new Promise<BackendEvent>((resolve) => m.subscribe((e) => e.type === 'lost' && resolve(e)));
    device!.lose('simulated');
    const e = await lost;
    expect(e).toMatchObject({ type: 'lost', backend: 'webgpu', reason: 'WebGPU device lost: simulated' });
    expect(e.report.backend).toBe('wasm');
    expect(e.report.label).toBe('WASM · CPU (WebGPU: WebGPU device lost: simulated)');
    expect(e.report.candidates.find((c) => c.name === 'webgpu')?.skip).toEqual({ code: 'lost', reason: 'WebGPU device lost: simulated' });
    expect(tf.getBackend()).toBe('wasm');
    // asking for it explicitly gives a fresh instance another try
    expect((await m.setBackend('webgpu')).backend).toBe('webgpu');
    await m.setBackend('cpu');
    tf.removeBackend('webgpu');
  });

  it('describes a software GPU choice', () => {
    const c = { name: 'webgl' as const, chosen: true, processor: 'gpu' as const, software: true, detail: 'SwiftShader', skip: null, check: null };
    expect(describeChoice(c, [c])).toBe('WebGL · software GPU');
  });
});
