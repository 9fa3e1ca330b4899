import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getManifest } from '@serwist/build';
import { OFFLINE_HEADER, PRECACHE_GLOBS, PRECACHE_IGNORES, isRuntimeAsset, offlineFailure } from '@/lib/offline/policy.mjs';

const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe('offline policy (lib/offline/policy.mjs)', () => {
  it('caches model weights, tfjs binaries and the search index at run time, under the base path only', () => {
    expect(isRuntimeAsset('/models/gpt.bin', '')).toBe(true);
    expect(isRuntimeAsset('/tfjs/tfjs-backend-wasm-simd.wasm', '')).toBe(true);
    expect(isRuntimeAsset('/search-index.json', '')).toBe(true);
    expect(isRuntimeAsset('/course/models/bert.json', '/course')).toBe(true);
    // The chapters' demo workers (Vite's, each with its own tfjs) too.
    expect(isRuntimeAsset('/_next/static/islands/assets/trainer.worker-Ab1.js', '')).toBe(true);
    expect(isRuntimeAsset('/_next/static/islands/chrome-Ab1.js', '')).toBe(false);
    // Pages and chunks are precached, not runtime assets; another site's folder under the host is not ours.
    expect(isRuntimeAsset('/gradient-descent/', '')).toBe(false);
    expect(isRuntimeAsset('/_next/static/chunks/a.js', '')).toBe(false);
    expect(isRuntimeAsset('/models/gpt.bin', '/course')).toBe(false);
    expect(isRuntimeAsset('/coursework/models/gpt.bin', '/course')).toBe(false);
  });

  it('precaches the search’s worker but not the demos’ workers and their chunks (with the build’s own tool)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precache-'));
    const files = ['index.html', '_next/static/islands/chrome-Ab1.js', '_next/static/islands/assets/search.worker-Ab1.js', '_next/static/islands/assets/trainer.worker-Ab1.js', '_next/static/islands/assets/dist-Ab1.js', 'models/gpt.bin'];
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), f);
    }
    try {
      const { manifestEntries } = await getManifest({ globDirectory: dir, globPatterns: PRECACHE_GLOBS, globIgnores: PRECACHE_IGNORES });
      expect((manifestEntries ?? []).map((e) => (typeof e === 'string' ? e : e.url)).sort()).toEqual(['_next/static/islands/assets/search.worker-Ab1.js', '_next/static/islands/chrome-Ab1.js', 'index.html']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('recognises only the worker’s own offline answer', () => {
    const message = offlineFailure(response(503, { [OFFLINE_HEADER]: '1' }), '这个模型的文件');
    expect(message).toContain('现在处于离线状态，而这个模型的文件还没有保存到本机');
    expect(offlineFailure(response(503), '模型')).toBeNull();
    expect(offlineFailure(response(404, { [OFFLINE_HEADER]: '1' }), '模型')).toBeNull();
    expect(offlineFailure(response(200), '模型')).toBeNull();
  });
});
