'use client';

import { roundTo } from '@/lib/demos/mini-gpt/params';
import { ParamControl } from '../kit/ParamControl';

/**
 * The completion parameters, named as in the API: prompt (with examples), max_tokens, temperature,
 * top_p, n, stop (several joined by |), seed, and whether to show attention. Each can be hidden
 * with ?hide=.
 */
export function GenControls() {
  return (
    <>
      <ParamControl name="prompt" />
      <ParamControl name="stop" />
      <div className="controls">
        <ParamControl name="max_tokens" />
        <ParamControl name="temperature" format={(v) => (v === 0 ? '0（贪心）' : String(roundTo(v, 2)))} />
        <ParamControl name="top_p" format={(v) => String(roundTo(v, 2))} />
        <ParamControl name="n" />
        <ParamControl name="seed" />
        <ParamControl name="attention" />
      </div>
    </>
  );
}
