'use client';

import { useCallback, useEffect, useState } from 'react';
import { tf } from '@/lib/compute/tf';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { fetchModel, instantiate, type ModelData } from '@/lib/models/weights';
import { STALL_TIMEOUT_MS } from '@/lib/demos/timeouts';
import { modelsPath } from '@/lib/paths';

export type ModelKind = 'gpt' | 'bert';

/** Where the shipped weights live (public/models/, written by npm run train:gpt / train:bert). */
export const modelUrl = (kind: ModelKind) => modelsPath(`${kind}.json`);


// One download per page and kind, shared by every demo that needs it; a failure is forgotten so "重试" fetches again.
const downloads = new Map<ModelKind, Promise<ModelData>>();
const progressListeners = new Map<ModelKind, Set<(loaded: number, total: number) => void>>();

function download(kind: ModelKind): Promise<ModelData> {
  let p = downloads.get(kind);
  if (!p) {
    p = new Promise<ModelData>((resolve, reject) => {
      // Inactivity, not total time: a slow line that keeps receiving is not cut off.
      let timer = setTimeout(stalled, STALL_TIMEOUT_MS);
      function stalled() {
        reject(new Error(`下载 ${modelUrl(kind)} 时 ${STALL_TIMEOUT_MS / 1000} 秒没有收到数据，请检查网络后重试`));
      }
      fetchModel(modelUrl(kind), kind, (loaded, total) => {
        clearTimeout(timer);
        timer = setTimeout(stalled, STALL_TIMEOUT_MS);
        progressListeners.get(kind)?.forEach((f) => f(loaded, total));
      }).then(
        (data) => (clearTimeout(timer), resolve(data)),
        (e) => (clearTimeout(timer), reject(e)),
      );
    });
    p.catch(() => downloads.delete(kind));
    downloads.set(kind, p);
  }
  return p;
}

export interface ModelState {
  status: 'loading' | 'ready' | 'error';
  /** Bytes of the weights file so far, and in all (while loading). */
  progress: { loaded: number; total: number } | null;
  /** Tensors on the demo's backend; disposed when the view unmounts. */
  model: MiniModel | null;
  /** A ModelLoadError's message names the problem (missing, truncated, checksum, mismatch…). */
  error: Error | null;
  retry: () => void;
}

/**
 * Fetches (once per page) and checks a mini model, then makes its tensors on the current backend.
 * The demo shell mounts a view only when it is near the viewport or pressed, so weights are fetched
 * only then.
 */
export function useModel(kind: ModelKind): ModelState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ModelState, 'retry'>>({ status: 'loading', progress: null, model: null, error: null });

  useEffect(() => {
    let cancelled = false;
    let model: MiniModel | null = null;
    const onProgress = (loaded: number, total: number) => !cancelled && setState((s) => ({ ...s, progress: { loaded, total } }));
    const listeners = progressListeners.get(kind) ?? new Set();
    progressListeners.set(kind, listeners);
    listeners.add(onProgress);
    download(kind)
      .then((data) => {
        if (cancelled) return;
        model = miniModel(instantiate(data));
        setState({ status: 'ready', progress: null, model, error: null });
      })
      .catch((e: unknown) => !cancelled && setState({ status: 'error', progress: null, model: null, error: e instanceof Error ? e : new Error(String(e)) }));
    return () => {
      cancelled = true;
      listeners.delete(onProgress);
      if (model) tf.dispose(Object.values(model.params));
    };
  }, [kind, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading', progress: null, model: null, error: null });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
