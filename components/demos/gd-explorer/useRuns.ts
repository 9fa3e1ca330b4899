'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Divergence } from '@/lib/compute/maths';
import { stopReason } from '@/lib/demos/gd-explorer/params';

/** One computed step of a run, whatever is being optimised (a 2-D point, or a line's w and b). */
export interface RunStep {
  iteration: number;
  theta: readonly number[];
  gradient: readonly number[];
  loss: number;
  divergence: Divergence | null;
}

/** A run the view can step: a Descent2D or a LinearRegressionGD behind one face. */
export interface Lane {
  id: string;
  current(): Promise<RunStep>;
  step(): Promise<RunStep>;
  dispose(): void;
}

export interface LaneState {
  id: string;
  /** The path so far, start included; grows in place (watch `version`). */
  steps: RunStep[];
}

const canContinue = (steps: RunStep[]) => steps.length > 0 && stopReason(steps) === null;

/**
 * Owns the runs of the view: builds them (on mount, when `key` changes, and on reset), steps them
 * and frees their tensors. Every operation goes through one queue, so a step never touches a run
 * that a reset has already disposed.
 */
export function useRuns(build: (() => Lane[]) | null, key: string, reportSteps: (n: number) => void, onError: (e: Error) => void) {
  const buildRef = useRef(build);
  const lanes = useRef<LaneState[]>([]);
  const runs = useRef<Lane[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [resets, setResets] = useState(0);
  const [state, setState] = useState<{ version: number; lanes: LaneState[] }>({ version: 0, lanes: [] });

  useEffect(() => {
    buildRef.current = build;
  });

  const enqueue = useCallback(
    <T,>(job: () => Promise<T>): Promise<T | undefined> => {
      const next = queue.current.then(job).catch((e: unknown) => {
        onError(e instanceof Error ? e : new Error(String(e)));
        return undefined;
      });
      queue.current = next;
      return next;
    },
    [onError],
  );

  const publish = useCallback(() => {
    const ls = lanes.current.map((l) => ({ id: l.id, steps: l.steps }));
    setState((s) => ({ version: s.version + 1, lanes: ls }));
    reportSteps(Math.max(0, ...ls.map((l) => l.steps.length - 1)));
  }, [reportSteps]);

  const ready = build !== null;
  useEffect(() => {
    if (!ready) return;
    enqueue(async () => {
      const made = buildRef.current?.() ?? [];
      runs.current = made;
      lanes.current = [];
      for (const lane of made) lanes.current.push({ id: lane.id, steps: [await lane.current()] });
      publish();
    });
    return () => {
      enqueue(async () => {
        for (const lane of runs.current) lane.dispose();
        runs.current = [];
        lanes.current = [];
      });
    };
  }, [ready, key, resets, enqueue, publish]);

  /** Up to n steps of every run that can go on, within about budgetMs; true while any can continue. */
  const advance = useCallback(
    (n: number, budgetMs = Infinity) =>
      enqueue(async () => {
        const t0 = performance.now();
        for (let i = 0; i < n && performance.now() - t0 < budgetMs; i++) {
          // the runs are independent: step them together, so their GPU read-backs overlap
          const live = lanes.current.map((l, k) => ({ steps: l.steps, run: runs.current[k] })).filter((l) => canContinue(l.steps));
          if (live.length === 0) break;
          const next = await Promise.all(live.map((l) => l.run.step()));
          live.forEach((l, k) => l.steps.push(next[k]));
        }
        publish();
        return lanes.current.some((l) => canContinue(l.steps));
      }).then((more) => more ?? false),
    [enqueue, publish],
  );

  const reset = useCallback(() => setResets((r) => r + 1), []);
  return { ...state, advance, reset };
}

/** Steps the runs once per animation frame while `playing`; stops by itself when all have ended. */
export function usePlay(playing: boolean, setPlaying: (p: boolean) => void, advance: (n: number, budgetMs?: number) => Promise<boolean>, perFrame: number) {
  useEffect(() => {
    if (!playing) return;
    let stopped = false;
    let raf = 0;
    const tick = () => {
      advance(perFrame, 8).then((more) => {
        if (stopped) return;
        if (more) raf = requestAnimationFrame(tick);
        else setPlaying(false);
      });
    };
    raf = requestAnimationFrame(tick);
    return () => {
      stopped = true;
      cancelAnimationFrame(raf);
    };
  }, [playing, setPlaying, advance, perFrame]);
}
