/**
 * Each backend behind its own dynamic import(), so a bundler puts it in its own chunk and a page
 * fetches only what it uses. Never the @tensorflow/tfjs union package.
 */
import type { BackendName, TfCore } from './types';

/** Imports (and thereby registers) one backend with tfjs-core. */
export type BackendLoader = (tf: TfCore) => Promise<void>;

export const loadCore = (): Promise<TfCore> => import('@tensorflow/tfjs-core');

/**
 * wasmPath: where tfjs-backend-wasm.wasm and tfjs-backend-wasm-simd.wasm are served (e.g. TFJS_WASM_PATH
 * from lib/paths.ts, '/tfjs/' for public/tfjs/); null lets the backend find them itself (Node finds them in node_modules).
 */
export function defaultLoaders(wasmPath: string | null): Record<BackendName, BackendLoader> {
  return {
    cpu: async () => {
      await import('@tensorflow/tfjs-backend-cpu');
    },
    wasm: async (tf) => {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (wasmPath !== null) wasm.setWasmPaths(wasmPath);
      // The threaded build hangs under cross-origin isolation after minification (docs/platform-facts.md §4).
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    },
    webgl: async (tf) => {
      await import('@tensorflow/tfjs-backend-webgl');
      // Shapes as uniforms: one compiled shader serves every input length, instead of a new compile
      // (hundreds of ms on a software GPU) each time a sentence or mask count changes.
      tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
    },
    webgpu: async () => {
      await import('@tensorflow/tfjs-backend-webgpu');
    },
  };
}

/** Frees a backend's instance (GPU context, buffers, a start still pending) but keeps its factory for a later fresh try. */
export function retireBackend(tf: TfCore, name: BackendName): void {
  const factory = tf.findBackendFactory(name);
  try {
    tf.removeBackend(name);
  } catch {
    /* a lost or broken context may fail to clean up; it is gone either way */
  }
  if (factory) tf.registerBackend(name, factory);
}
