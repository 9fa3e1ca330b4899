'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { BackendName } from '@/lib/compute';
import type { TrainSetup } from '@/lib/demos/gpt-train/params';
import type { FromWorker, ToWorker } from '@/lib/demos/gpt-train/protocol';
import { initialTrainState, trainReducer } from './trainState';

/**
 * The training worker of the "train from scratch" demo: starts it on the page's backend, sends it
 * the set-up (a new model when the architecture or seed changed), play / pause / step / reset, and
 * folds its messages into one state (trainState.ts). Messages of a model that was since reset are
 * dropped there by generation.
 */
export function useTrainWorker(backend: BackendName, setup: TrainSetup, onError: (e: Error) => void) {
  const workerRef = useRef<Worker | null>(null);
  const [state, dispatch] = useReducer(trainReducer, initialTrainState);
  const [playing, setPlayingState] = useState(false);
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
  });

  const post = useCallback((m: ToWorker) => workerRef.current?.postMessage(m), []);

  useEffect(() => {
    const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'error') errorRef.current(new Error(`训练线程出错：${m.message}`));
      else {
        if (m.type === 'done') setPlayingState(false);
        dispatch(m);
      }
    };
    worker.onerror = (e) => errorRef.current(new Error(`训练线程无法运行：${e.message || '未知错误'}`));
    worker.postMessage({ type: 'init', backend, wasmPath: '/tfjs/', corpusUrl: '/models/corpus.json' } satisfies ToWorker);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [backend]);

  // A changed set-up: the worker decides whether it needs a new model.
  const ready = state.ready !== null;
  const setupKey = JSON.stringify(setup);
  useEffect(() => {
    if (ready) post({ type: 'setup', setup: JSON.parse(setupKey) as TrainSetup, reset: false });
  }, [ready, setupKey, post]);

  const setPlaying = useCallback(
    (on: boolean) => {
      setPlayingState(on);
      post({ type: 'play', playing: on });
    },
    [post],
  );
  const step = useCallback(() => post({ type: 'step' }), [post]);
  const reset = useCallback(() => {
    setPlayingState(false);
    post({ type: 'play', playing: false });
    post({ type: 'setup', setup: JSON.parse(setupKey) as TrainSetup, reset: true });
  }, [post, setupKey]);

  return { state, playing, setPlaying, step, reset };
}
