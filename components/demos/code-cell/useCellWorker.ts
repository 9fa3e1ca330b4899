'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendName } from '@/lib/compute';
import type { FromWorker, OutItem, ToWorker } from '@/lib/demos/code-cell/protocol';
import type { HostReply } from '@/lib/demos/worker-host';
import { TFJS_WASM_PATH } from '@/lib/paths';
import { offlineMessage } from '@/lib/offline/policy.mjs';

export type RunState =
  | { status: 'starting' }
  | { status: 'idle' }
  | { status: 'running'; since: number }
  | { status: 'done'; ms: number }
  | { status: 'failed'; message: string; line: number | null; syntax: boolean }
  | { status: 'stopped'; message: string };

/**
 * The code cell's worker: started on the page's backend, one run at a time. `stop` (停止, or the
 * time limit) terminates the worker and starts a fresh one, the only way to end a loop that never
 * yields. Messages of an older run are dropped.
 */
export function useCellWorker(backend: BackendName | null, limitSeconds: number) {
  const [items, setItems] = useState<OutItem[]>([]);
  const [state, setState] = useState<RunState>({ status: 'starting' });
  const [generation, setGeneration] = useState(0);
  /** The generation of the worker that said 'ready' (a fresh worker is not ready yet). */
  const [readyGeneration, setReadyGeneration] = useState(-1);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const stop = useCallback((message: string) => {
    clearTimer();
    runId.current++;
    worker.current?.terminate();
    worker.current = null;
    setState({ status: 'stopped', message });
    setGeneration((g) => g + 1);
  }, []);

  useEffect(() => {
    const w = new Worker(new URL('./cell.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker | HostReply>) => {
      const m = e.data;
      if (m.type === 'ready') {
        setReadyGeneration(generation);
        setState((s) => (s.status === 'starting' ? { status: 'idle' } : s));
      }
      else if (m.type === 'error') setState({ status: 'failed', message: `计算线程出错：${m.message}`, line: null, syntax: false });
      else if (m.run !== runId.current) return;
      else if (m.type === 'out') setItems((list) => [...list, m.item]);
      else {
        clearTimer();
        setState(m.type === 'done' ? { status: 'done', ms: m.ms } : { status: 'failed', message: m.message, line: m.line, syntax: m.syntax });
      }
    };
    // An error thrown later, outside the run's await (a timer's callback, an unhandled rejection).
    w.onerror = (e) => {
      e.preventDefault();
      clearTimer();
      const message = e.message || (navigator.onLine ? '代码在运行结束后抛出了错误' : offlineMessage('这个演示的计算线程'));
      setState({ status: 'failed', message, line: null, syntax: false });
    };
    w.postMessage({ type: 'init', backend, wasmPath: TFJS_WASM_PATH } satisfies ToWorker);
    return () => {
      clearTimer();
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
  }, [backend, generation]);

  const run = useCallback(
    (code: string) => {
      if (!worker.current || readyGeneration !== generation) return;
      const id = ++runId.current;
      setItems([]);
      setState({ status: 'running', since: performance.now() });
      clearTimer();
      timer.current = setTimeout(() => stop(`运行超过 ${limitSeconds} 秒的时间上限，已停止（是不是有死循环？）`), limitSeconds * 1000);
      worker.current.postMessage({ type: 'run', run: id, code } satisfies ToWorker);
    },
    [limitSeconds, stop, readyGeneration, generation],
  );

  return { items, state, run, stop, ready: readyGeneration === generation };
}
