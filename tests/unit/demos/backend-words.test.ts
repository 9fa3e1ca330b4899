/** The backend badge's words: short 「计算：…」, and one Chinese line per backend tried. */
import { describe, expect, it } from 'vitest';
import type { BackendReport, CandidateReport } from '@/lib/compute/backend/types';
import { badgeText, candidateLines, refusalText, whereText } from '@/lib/demos/backend-words';

const cand = (c: Partial<CandidateReport> & Pick<CandidateReport, 'name'>): CandidateReport => ({
  chosen: false,
  processor: c.name === 'webgpu' || c.name === 'webgl' ? 'gpu' : 'cpu',
  software: false,
  detail: '',
  skip: null,
  check: null,
  ...c,
});

/** Headless Chromium without a GPU: no WebGPU adapter, WASM chosen, WebGL only in software. */
const headless: BackendReport = {
  backend: 'wasm',
  processor: 'cpu',
  software: false,
  label: 'WASM · CPU (WebGL: software GPU (SwiftShader))',
  requested: null,
  candidates: [
    cand({ name: 'webgpu', skip: { code: 'no-adapter', reason: 'no adapter' } }),
    cand({ name: 'wasm', chosen: true, check: { ok: true, maxError: 0, failures: [], ms: 12.4 } }),
    cand({ name: 'cpu', skip: { code: 'not-needed', reason: 'wasm chosen first' } }),
    cand({ name: 'webgl', software: true, skip: { code: 'software', reason: 'software GPU (SwiftShader)' } }),
  ],
};

describe('backend badge words', () => {
  it('says which backend computes in a few characters', () => {
    expect(badgeText(headless)).toBe('计算：WASM');
    expect(badgeText(null)).toBe('计算：选择中…');
    expect(badgeText({ ...headless, backend: 'webgl', processor: 'gpu', software: true })).toBe('计算：WebGL（软件模拟）');
    expect(badgeText({ ...headless, backend: 'webgpu', processor: 'gpu' })).toBe('计算：WebGPU');
    expect(badgeText({ ...headless, backend: 'cpu' })).toBe('计算：JavaScript');
  });

  it('says where the arithmetic runs', () => {
    expect(whereText(headless)).toBe('在 CPU 上，用 WebAssembly');
    expect(whereText({ ...headless, backend: 'webgl', processor: 'gpu' })).toBe('在 GPU 上');
    expect(whereText({ ...headless, backend: 'webgl', processor: 'gpu', software: true })).toContain('软件模拟');
  });

  it('gives one line per backend tried, in order, in Chinese, with the technical reason kept', () => {
    const lines = candidateLines(headless);
    expect(lines.map((l) => l.label)).toEqual(['WebGPU', 'WASM', 'JavaScript', 'WebGL']);
    expect(lines.map((l) => l.chosen)).toEqual([false, true, false, false]);
    expect(lines[0]).toMatchObject({ status: '浏览器没有提供可用的 GPU', detail: 'no adapter' });
    expect(lines[1]).toMatchObject({ status: '使用中（试算通过，12 毫秒）', detail: null });
    expect(lines[2]).toMatchObject({ status: '已选用排在前面的 WASM，没有尝试', detail: null });
    expect(lines[3].status).toBe('只有软件模拟的 GPU，比 WASM 慢，没有采用');
    expect(lines[3].detail).toBe('software GPU (SwiftShader)');
    // no line is left in English
    for (const l of lines) expect(l.status).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names every skip code in Chinese', () => {
    const codes = ['no-api', 'no-adapter', 'init-failed', 'wrong-numbers', 'timeout', 'lost', 'software', 'not-needed'] as const;
    const statuses = codes.map((code) => candidateLines({ ...headless, candidates: [cand({ name: 'webgl', skip: { code, reason: code } })] })[0].status);
    for (const s of statuses) expect(s).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(statuses).size).toBe(codes.length);
  });

  it('says when the reader’s choice was refused', () => {
    expect(refusalText(headless)).toBeNull();
    expect(refusalText({ ...headless, requested: 'wasm' })).toBeNull();
    expect(refusalText({ ...headless, requested: 'webgpu' })).toBe('你选择的 WebGPU 不可用，已改用 WASM。');
  });
});
