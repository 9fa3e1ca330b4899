'use client';

import { useCallback, useEffect, useReducer, useState } from 'react';
import type { BackendName } from '@/lib/compute';
import type { TrainSetup } from '@/lib/demos/gpt-train/params';
import type { FromWorker, ToWorker } from '@/lib/demos/gpt-train/protocol';
import { modelsPath } from '@/lib/paths';
import { useWorker } from '../kit/useWorker';
import { initialTrainState, trainReducer } from './trainState';

/**
 * The training worker of the "train from scratch" demo: starts it on the page's backend, sends it
 * the set-up (a new model when the architecture or seed changed), play / pause / step / reset, and
 * folds its messages into one state (trainState.ts). Messages of a model that was since reset are
 * dropped there by generation.
 */
export function useTrainWorker(backend: BackendName, setup: TrainSetup, onError: (e: Error) => void) {
  const [state, dispatch] = useReducer(trainReducer, initialTrainState);
  const [playing, setPlayingState] = useState(false);
  const { post, ready: hostReady } = useWorker<ToWorker, FromWorker>(
    () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
    backend,
    { corpusUrl: modelsPath('corpus.json') },
    (m) => {
      if (m.type === 'done') setPlayingState(false);
      dispatch(m);
    },
    onError,
  );
  // The worker's 'ready' (with the corpus's sizes) goes into the state like its other messages.
  useEffect(() => {
    if (hostReady) dispatch(hostReady as Extract<FromWorker, { type: 'ready' }>);
  }, [hostReady]);

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
