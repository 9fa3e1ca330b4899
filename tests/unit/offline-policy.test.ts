import { describe, expect, it } from 'vitest';
import { OFFLINE_HEADER, isRuntimeAsset, offlineFailure } from '@/lib/offline/policy.mjs';

const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe('offline policy (lib/offline/policy.mjs)', () => {
  it('caches model weights, tfjs binaries and the search index at run time, under the base path only', () => {
    expect(isRuntimeAsset('/models/gpt.bin', '')).toBe(true);
    expect(isRuntimeAsset('/tfjs/tfjs-backend-wasm-simd.wasm', '')).toBe(true);
    expect(isRuntimeAsset('/search-index.json', '')).toBe(true);
    expect(isRuntimeAsset('/course/models/bert.json', '/course')).toBe(true);
    // Pages and chunks are precached, not runtime assets; another site's folder under the host is not ours.
    expect(isRuntimeAsset('/gradient-descent/', '')).toBe(false);
    expect(isRuntimeAsset('/_next/static/chunks/a.js', '')).toBe(false);
    expect(isRuntimeAsset('/models/gpt.bin', '/course')).toBe(false);
    expect(isRuntimeAsset('/coursework/models/gpt.bin', '/course')).toBe(false);
  });

  it('recognises only the worker’s own offline answer', () => {
    const message = offlineFailure(response(503, { [OFFLINE_HEADER]: '1' }), '这个模型的文件');
    expect(message).toContain('现在处于离线状态，而这个模型的文件还没有保存到本机');
    expect(offlineFailure(response(503), '模型')).toBeNull();
    expect(offlineFailure(response(404, { [OFFLINE_HEADER]: '1' }), '模型')).toBeNull();
    expect(offlineFailure(response(200), '模型')).toBeNull();
  });
});
