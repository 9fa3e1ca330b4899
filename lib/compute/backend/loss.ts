/**
 * Watching the current GPU backend for loss: a WebGPU device's `lost` promise, a WebGL canvas's
 * `webglcontextlost` event. The objects are reached by duck typing on the tfjs backend instance.
 */
import type { BackendName, TfCore } from './types';

interface WebGPUBackendLike {
  device?: { lost?: Promise<{ reason?: string; message?: string }> };
}

interface WebGLBackendLike {
  gpgpu?: { gl?: { canvas?: { addEventListener?: (type: string, fn: () => void) => void; removeEventListener?: (type: string, fn: () => void) => void } } };
}

/** Calls onLost(reason) once if the current backend's device/context is lost; returns a detach function. */
export function watchForLoss(tf: TfCore, name: BackendName, onLost: (reason: string) => void): () => void {
  let active = true;
  const fire = (reason: string) => {
    if (!active) return;
    active = false;
    onLost(reason);
  };
  const backend = tf.findBackend(name) as unknown;
  if (name === 'webgpu') {
    (backend as WebGPUBackendLike | null)?.device?.lost?.then((info) => fire(`WebGPU device lost: ${info.message || info.reason || 'unknown'}`));
    return () => (active = false);
  }
  if (name === 'webgl') {
    const canvas = (backend as WebGLBackendLike | null)?.gpgpu?.gl?.canvas;
    const handler = () => fire('WebGL context lost');
    canvas?.addEventListener?.('webglcontextlost', handler);
    return () => {
      active = false;
      canvas?.removeEventListener?.('webglcontextlost', handler);
    };
  }
  return () => (active = false);
}
