'use client';

import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 120;

/**
 * Runs an async model computation whenever `key` changes (null: nothing to compute). Keeps the last
 * result with the key it belongs to, so a view can show it as stale (aria-busy) until the new one
 * arrives; a result for a key that is no longer current is dropped. Errors go to the demo's error
 * boundary. `onDone` is called once per finished computation (for data-steps). The computation starts
 * DEBOUNCE_MS after the last change, so typing a sentence does not run the model once per keystroke.
 */
export function useComputed<T>(key: string | null, compute: () => Promise<T>, onDone?: (result: T) => void) {
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
    const timer = setTimeout(run, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key]);

  return { value: state?.value ?? null, busy: key !== null && state?.key !== key };
}
