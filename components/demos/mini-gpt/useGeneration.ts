'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { tf } from '@/lib/compute/tf';
import { generate, type CompletionParams, type CompletionResponse, type LanguageModel } from '@/lib/models/gpt';
import { addStep, tokenCount, type GenCompletion } from '@/lib/demos/mini-gpt/run';
import { nextTask } from '@/lib/demos/yield';

export interface GenRun {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  /** The parameters this run was started with. */
  params: CompletionParams | null;
  completions: GenCompletion[];
  response: CompletionResponse | null;
  error: string | null;
  /** Milliseconds from the start to the last token. */
  elapsedMs: number;
  /** tf.memory().numTensors when the run ended (a leak shows as growth from run to run). */
  tensors: number | null;
}

const IDLE: GenRun = { status: 'idle', params: null, completions: [], response: null, error: null, elapsedMs: 0, tensors: null };

/**
 * Runs generate() for the demo: one token per task, each step appended to the run as it comes,
 * the token count reported through `onTokens`. `stop()` (and unmounting) aborts through an
 * AbortSignal; starting again stops the previous run first.
 */
export function useGeneration(model: LanguageModel | null, onTokens: (n: number) => void) {
  const [run, setRun] = useState<GenRun>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const stop = useCallback(() => controller.current?.abort(), []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    async (params: CompletionParams, attention: boolean) => {
      if (!model) return;
      controller.current?.abort();
      const ctrl = new AbortController();
      controller.current = ctrl;
      const t0 = performance.now();
      let completions: GenCompletion[] = [];
      setRun({ ...IDLE, status: 'running', params });
      onTokens(0);
      const it = generate(model, params, { attention, signal: ctrl.signal });
      try {
        for (;;) {
          const r = await it.next();
          if (ctrl.signal.aborted) throw new DOMException('stopped', 'AbortError');
          const elapsedMs = performance.now() - t0;
          if (r.done) {
            setRun({ status: 'done', params, completions, response: r.value, error: null, elapsedMs, tensors: tf.memory().numTensors });
            return;
          }
          completions = addStep(completions, r.value);
          const current = completions;
          setRun((s) => ({ ...s, completions: current, elapsedMs }));
          onTokens(tokenCount(completions));
          await nextTask();
        }
      } catch (e) {
        await it.return(undefined as never).catch(() => {});
        if (controller.current !== ctrl) return; // a newer run took over
        const aborted = e instanceof DOMException && e.name === 'AbortError';
        const error = aborted ? null : `生成失败：${(e as Error).message}`;
        setRun((s) => ({ ...s, status: aborted ? 'stopped' : 'error', error, tensors: tf.memory().numTensors }));
      } finally {
        if (controller.current === ctrl) controller.current = null;
      }
    },
    [model, onTokens],
  );

  return { run, start, stop };
}
