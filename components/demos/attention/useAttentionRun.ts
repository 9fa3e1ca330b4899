'use client';

import { computeAttention } from '@/lib/demos/attention/compute';
import { useComputation } from '../kit/useComputation';

/**
 * Computes the explorer's run on the chosen backend whenever its inputs change. Every tensor is read
 * back and disposed inside computeAttention, so no tensor outlives a run. A stale result (inputs
 * changed meanwhile) is dropped; errors go to the demo's error boundary.
 */
export function useAttentionRun(tokens: readonly string[], dk: number, heads: number, causal: boolean, scale: boolean, seed: number) {
  const key = tokens.length === 0 ? null : JSON.stringify([tokens, dk, heads, causal, scale, seed]);
  const { value } = useComputation(key, () => computeAttention({ tokens: [...tokens], dk, heads, causal, scale, seed }));
  return { run: value };
}
