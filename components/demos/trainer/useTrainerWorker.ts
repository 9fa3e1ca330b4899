'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendName } from '@/lib/compute';
import { appendBounded } from '@/lib/demos/series';
import type { LossPoint, TrainerSetup } from '@/lib/demos/trainer/params';
import type { NeuronRef, TrainerFrame, TrainerPoints } from '@/lib/demos/trainer/engine';
import type { FromWorker, ToWorker } from '@/lib/demos/trainer/protocol';
import { useWorker } from '../kit/useWorker';

export interface TrainerSink {
  /** A new frame arrived: draw it. */
  draw(frame: TrainerFrame, points: TrainerPoints | null, history: readonly LossPoint[]): void;
}

/**
 * The trainer's worker and its frame loop. While playing, every animation frame asks the worker for
 * a new boundary if none is on its way; each one is drawn when it arrives (redrawing the same pixels
 * in the frames between took a quarter of a core on a 2-core machine, away from training:
 * docs/platform-facts.md). Per-frame data stays in refs (no React render per frame); the sink draws
 * straight onto canvases.
 */
export function useTrainerWorker(backend: BackendName, setup: TrainerSetup, sink: TrainerSink, onError: (e: Error) => void) {
  const [playing, setPlaying] = useState(false);
  const [weights, setWeights] = useState<{ w: number[][]; b: number[] }[] | null>(null);
  const [recent, setRecent] = useState<LossPoint[]>([]);
  const state = useRef({ frame: null as TrainerFrame | null, points: null as TrainerPoints | null, history: [] as LossPoint[], generation: 0, inFlight: false });
  const sinkRef = useRef(sink);
  useEffect(() => {
    sinkRef.current = sink;
  });

  const onMessage = (m: FromWorker) => {
    const s = state.current;
    if (m.type === 'weights') {
      setWeights(m.layers);
      setRecent(s.history.slice(-20));
    } else if (m.type === 'points') {
      s.points = m.points;
      if (m.keep) return;
      s.generation = m.generation;
      s.history = [];
      s.frame = null;
      s.inFlight = false;
      setRecent([]);
    } else if (m.type === 'frame' && m.generation === s.generation) {
      s.inFlight = false;
      s.frame = m;
      s.history = appendBounded(s.history, { epoch: m.epoch, train: m.trainLoss, test: m.testLoss }, (p) => p.epoch);
      sinkRef.current.draw(m, s.points, s.history);
    }
  };
  const { post, ready } = useWorker<ToWorker, FromWorker>(
    () => new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' }),
    backend,
    {},
    onMessage,
    onError,
  );

  // A changed set-up: a new network when anything but lr and batch changed (the worker decides).
  const setupKey = JSON.stringify(setup);
  useEffect(() => {
    if (ready) post({ type: 'setup', setup: JSON.parse(setupKey) as TrainerSetup, reset: false });
  }, [ready, setupKey, post]);

  // The frame loop while playing.
  useEffect(() => {
    post({ type: 'play', playing });
    if (!playing) {
      post({ type: 'weights' });
      return;
    }
    const s = state.current;
    let id = requestAnimationFrame(function tick() {
      if (!s.inFlight) {
        s.inFlight = true;
        post({ type: 'frame' });
      }
      id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, post]);

  const step = useCallback(() => {
    post({ type: 'step' });
    post({ type: 'weights' });
  }, [post]);
  const reset = useCallback(() => {
    setPlaying(false);
    post({ type: 'play', playing: false }); // before the new network, so it starts at epoch 0
    post({ type: 'setup', setup: JSON.parse(setupKey) as TrainerSetup, reset: true });
    post({ type: 'weights' });
  }, [post, setupKey]);

  /** Which neuron the big plot shows (null: the output). */
  const focus = useCallback((neuron: NeuronRef | null) => post({ type: 'focus', neuron }), [post]);

  return { ready, playing, setPlaying, step, reset, focus, weights, recent };
}
