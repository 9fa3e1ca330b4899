'use client';

import { roundTo } from '@/lib/demos/mini-gpt/params';
import { ParamControl } from '../kit/ParamControl';

const formatTemperature = (v: number) => (v === 0 ? '0（贪心）' : String(roundTo(v, 2)));

/**
 * The completion parameters the paragraph above the demo talks about: the prompt (with examples)
 * and the temperature. Each can be hidden with ?hide=.
 */
export function GenEssentials() {
  return (
    <>
      <ParamControl name="prompt" />
      <ParamControl name="temperature" format={formatTemperature} />
    </>
  );
}

/** The other parameters, named as in the API: max_tokens, top_p, n, stop (several joined by |), seed, and whether to show attention. */
export function GenMoreControls() {
  return (
    <>
      <ParamControl name="max_tokens" />
      <ParamControl name="top_p" format={(v) => String(roundTo(v, 2))} />
      <ParamControl name="n" />
      <ParamControl name="stop" />
      <ParamControl name="seed" />
      <ParamControl name="attention" />
    </>
  );
}
