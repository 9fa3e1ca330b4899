/**
 * Probing WebGPU and WebGL with plain browser APIs before fetching a backend, so a backend that will
 * be skipped is never downloaded. lib/ touches no globals: the caller passes a Platform (see
 * browserPlatform) built from its own globalThis.
 */
import type { ProbeResult } from './types';

export interface GpuAdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

export interface GpuAdapterLike {
  info?: GpuAdapterInfoLike;
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<GpuAdapterInfoLike>;
}

export interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<GpuAdapterLike | null>;
}

export interface WebGLLike {
  readonly RENDERER: number;
  getParameter(p: number): unknown;
  getExtension(name: string): unknown;
}

export interface Platform {
  /** navigator.gpu, if the browser has it. */
  gpu?: GpuLike | null;
  /** Makes a throwaway WebGL context for reading its renderer, or null. */
  createWebGLContext?: (() => WebGLLike | null) | null;
}

/** The Platform of a browser page or worker: pass your globalThis. */
export function browserPlatform(g: {
  navigator?: { gpu?: unknown };
  OffscreenCanvas?: new (w: number, h: number) => { getContext(kind: string): unknown };
}): Platform {
  const Canvas = g.OffscreenCanvas;
  return {
    gpu: (g.navigator?.gpu as GpuLike | undefined) ?? null,
    createWebGLContext: Canvas
      ? () => {
          const c = new Canvas(1, 1);
          return ((c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLLike | null) ?? null;
        }
      : null,
  };
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render/i;

/** The rasteriser's name in an adapter/renderer string ("SwiftShader", "llvmpipe" …), or the string. */
export function softwareName(detail: string): string {
  return detail.match(SOFTWARE)?.[0] ?? (detail || 'unknown');
}

export async function probeWebGPU(platform: Platform): Promise<ProbeResult> {
  if (!platform.gpu) return { available: false, software: false, detail: '', code: 'no-api', reason: 'no WebGPU API' };
  let adapter: GpuAdapterLike | null = null;
  try {
    adapter = await platform.gpu.requestAdapter();
  } catch (e) {
    return { available: false, software: false, detail: '', code: 'no-adapter', reason: `no adapter (${String(e)})` };
  }
  if (!adapter) return { available: false, software: false, detail: '', code: 'no-adapter', reason: 'no adapter' };
  const info: GpuAdapterInfoLike = adapter.info ?? (adapter.requestAdapterInfo ? await adapter.requestAdapterInfo().catch(() => ({})) : {});
  const detail = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ');
  const software = Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) || SOFTWARE.test(detail);
  return { available: true, software, detail };
}

const UNMASKED_RENDERER_WEBGL = 0x9246;

export function probeWebGL(platform: Platform): ProbeResult {
  let gl: WebGLLike | null = null;
  try {
    gl = platform.createWebGLContext?.() ?? null;
  } catch {
    gl = null;
  }
  if (!gl) return { available: false, software: false, detail: '', code: 'no-api', reason: 'no WebGL context' };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debug ? UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  (gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
  return { available: true, software: SOFTWARE.test(renderer), detail: renderer };
}
