'use client';

import { useEffect, useRef, useState } from 'react';

/** The usual debounce for computations that follow typing. */
export const TYPING_DEBOUNCE_MS = 120;

export interface ComputationOptions<T> {
  /** Start this long after the last change of `key` (typing a sentence should not run a model per keystroke). */
  debounceMs?: number;
  /** Called once per finished computation (e.g. to count runs for data-steps). */
  onDone?: (result: T) => void;
}

/**
 * The one way a demo view runs an async computation (tfjs maths, a model): whenever `key` changes
 * (null: nothing to compute). Keeps the last result with the key it belongs to, so a view can show
 * it as stale (aria-busy) until the new one arrives; a result for a key that is no longer current
 * is dropped. Errors go to the demo's error boundary. `compute` is read at run time, so it may
 * close over the current values without being a dependency: `key` must name everything it reads.
 */
export function useComputation<T>(key: string | null, compute: () => Promise<T>, { debounceMs = 0, onDone }: ComputationOptions<T> = {}) {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const latest = useRef({ compute, onDone });
  useEffect(() => {
    latest.current = { compute, onDone };
  });
  if (error) throw error;

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    const run = () =>
      latest.current.compute().then(
        (value) => {
          if (cancelled) return;
          setState({ key, value });
          latest.current.onDone?.(value);
        },
        (e: unknown) => !cancelled && setError(e instanceof Error ? e : new Error(String(e))),
      );
    const timer = setTimeout(run, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, debounceMs]);

  return {
    /** The latest finished result (possibly for an older key). */
    value: state?.value ?? null,
    /** The key `value` was computed for. */
    valueKey: state?.key ?? null,
    /** A newer key is being computed. */
    busy: key !== null && state?.key !== key,
  };
}
