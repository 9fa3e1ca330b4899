'use client';

import { useEffect, useState } from 'react';
import { loadMaths } from '@/lib/compute';
import type { AttentionRun } from '@/lib/demos/attention/compute';

/**
 * Computes the explorer's run on the chosen backend whenever its inputs change (tfjs and the maths
 * load lazily on first use). Every tensor is read back and disposed inside computeAttention, so no
 * tensor outlives a run. A stale result (inputs changed meanwhile) is dropped. Errors go to the
 * demo's error boundary.
 */
export function useAttentionRun(tokens: readonly string[], dk: number, heads: number, causal: boolean, scale: boolean, seed: number) {
  const [run, setRun] = useState<AttentionRun | null>(null);
  const [runs, setRuns] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;
  const key = JSON.stringify(tokens);

  useEffect(() => {
    const list = JSON.parse(key) as string[];
    if (list.length === 0) return;
    let cancelled = false;
    Promise.all([loadMaths(), import('@tensorflow/tfjs-core'), import('@/lib/demos/attention/compute')])
      .then(([M, tf, { computeAttention }]) => computeAttention(tf, M, { tokens: list, dk, heads, causal, scale, seed }))
      .then(
        (r) => {
          if (cancelled) return;
          setRun(r);
          setRuns((n) => n + 1);
        },
        (e: unknown) => !cancelled && setError(e instanceof Error ? e : new Error(String(e))),
      );
    return () => {
      cancelled = true;
    };
  }, [key, dk, heads, causal, scale, seed]);

  return { run, runs };
}
