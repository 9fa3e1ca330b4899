import { BACKEND_NAMES, BackendManager, browserPlatform, type BackendName } from '@/lib/compute';
import { boundText } from '@/lib/demos/url';
import { TFJS_WASM_PATH } from '@/lib/paths';

/** `?backend=webgl` → 'webgl'; a bad value gives null and a notice. The last `backend` key wins. */
export function requestedBackend(entries: readonly [string, string][]): { requested: BackendName | null; notice: string | null } {
  const raw = entries.filter(([k]) => k === 'backend').pop()?.[1];
  if (raw === undefined || raw === '' || raw === 'auto') return { requested: null, notice: null };
  const name = raw.toLowerCase();
  if ((BACKEND_NAMES as readonly string[]).includes(name)) return { requested: name as BackendName, notice: null };
  return { requested: null, notice: `计算后端「${boundText(raw, 20)}」不存在（可选 ${BACKEND_NAMES.join('、')}），已自动选择` };
}

let manager: BackendManager | null = null;

/**
 * The page's backend manager. tfjs has one engine per page, so there is one manager per page; the
 * first demo's shell makes it with the reader's request, later shells change it with setBackend().
 */
export function pageBackend(requested: BackendName | null): BackendManager {
  manager ??= new BackendManager({ requested, platform: browserPlatform(globalThis), wasmPath: TFJS_WASM_PATH });
  return manager;
}
