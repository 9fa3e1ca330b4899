'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendName } from '@/lib/compute';
import type { HostReply, InitMessage } from '@/lib/demos/worker-host';
import { TFJS_WASM_PATH } from '@/lib/paths';
import { offlineMessage } from '@/lib/offline/policy.mjs';

type Ready = Extract<HostReply, { type: 'ready' }>;

/**
 * The view side of a demo's Web Worker (the worker side is lib/demos/worker-host.ts): starts it on
 * `backend` (a value from the shell, re-started when it changes), sends `init` with the wasm path
 * and `extra`, keeps the worker's 'ready' reply, sends its 'error' and crashes to the demo's error
 * boundary, and hands every other message to `onMessage`. Terminated on unmount.
 *
 *   const { post, ready } = useWorker<ToWorker, FromWorker>(
 *     () => new Worker(new URL('./my.worker.ts', import.meta.url), { type: 'module' }),
 *     backend, { corpusUrl }, onMessage, onError);
 */
export function useWorker<In extends { type: string }, Out extends { type: string }>(
  create: () => Worker,
  backend: BackendName | null,
  extra: Omit<Extract<In, { type: 'init' }>, keyof InitMessage>,
  onMessage: (message: Out) => void,
  onError: (e: Error) => void,
) {
  const workerRef = useRef<Worker | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const latest = useRef({ create, extra, onMessage, onError });
  useEffect(() => {
    latest.current = { create, extra, onMessage, onError };
  });

  const post = useCallback((message: In, transfer: Transferable[] = []) => workerRef.current?.postMessage(message, transfer), []);

  useEffect(() => {
    const worker = latest.current.create();
    workerRef.current = worker;
    worker.onmessage = (e: MessageEvent<Out | HostReply>) => {
      const m = e.data;
      if (m.type === 'ready') setReady(m as Ready);
      else if (m.type === 'error') latest.current.onError(new Error(`计算线程出错：${(m as { message: string }).message}`));
      else latest.current.onMessage(m as Out);
    };
    // Offline, a worker never run before has no script (its chunks are cached on first use,
    // lib/offline/policy.mjs): say so rather than 未知错误.
    worker.onerror = (e) => latest.current.onError(new Error(navigator.onLine ? `计算线程无法运行：${e.message || '未知错误'}` : offlineMessage('这个演示的计算线程')));
    worker.postMessage({ type: 'init', backend, wasmPath: TFJS_WASM_PATH, ...latest.current.extra });
    return () => {
      worker.terminate();
      workerRef.current = null;
      setReady(null);
    };
  }, [backend]);

  return { post, ready };
}
