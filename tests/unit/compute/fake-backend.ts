/**
 * Fake backends built from the cpu backend, for testing the manager: one that reads back zeros
 * (as headless Chromium's SwiftShader WebGPU does), and one whose "device" can be lost on demand.
 * Used by the unit tests and by the browser harness.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';

type Tf = typeof TF;

function copyCpuKernels(tf: Tf, name: string): void {
  for (const k of tf.getKernelsForBackend('cpu')) {
    if (!tf.getKernel(k.kernelName, name)) tf.registerKernel({ ...k, backendName: name });
  }
}

/** Registers `name` as a backend that computes on the cpu but reads every result back as zeros. */
export function registerZeroReadingBackend(tf: Tf, name: string): void {
  tf.registerBackend(name, () => {
    const b = new MathBackendCPU();
    const readSync = b.readSync.bind(b);
    b.readSync = (id) => {
      const v = readSync(id);
      return v instanceof Float32Array || v instanceof Int32Array || v instanceof Uint8Array ? new Float32Array(v.length) : v;
    };
    b.read = async (id) => b.readSync(id);
    return b;
  });
  copyCpuKernels(tf, name);
}

/** Registers `name` as a backend whose reads fail, as a GPU's do once its device is gone. */
export function registerThrowingBackend(tf: Tf, name: string): void {
  tf.registerBackend(name, () => {
    const b = new MathBackendCPU();
    b.read = async () => {
      throw new Error('AbortError: device gone');
    };
    return b;
  });
  copyCpuKernels(tf, name);
}

export interface LosableBackend {
  /** Simulates the device being lost (resolves the backend's device.lost). */
  lose(message: string): void;
}

/** Registers `name` as a cpu-backed backend with a WebGPU-like `device.lost` promise. */
export function registerLosableBackend(tf: Tf, name: string): LosableBackend {
  const control: { resolve: (info: { reason: string; message: string }) => void } = { resolve: () => {} };
  tf.registerBackend(name, () => {
    const b = new MathBackendCPU() as MathBackendCPU & { device: { lost: Promise<{ reason: string; message: string }> } };
    b.device = { lost: new Promise((resolve) => (control.resolve = resolve)) };
    return b;
  });
  copyCpuKernels(tf, name);
  return { lose: (message) => control.resolve({ reason: 'destroyed', message }) };
}
