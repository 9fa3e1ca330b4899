'use client';

import { PARAMS as P } from '@/lib/demos/attention/params';
import { ParamControl } from '../kit/ParamControl';

/** The explorer's inputs: sentence, d_k, heads, mask, scaling, seed (each hideable with ?hide=). */
export function AttentionControls() {
  return (
    <>
      <ParamControl name="text" label={`${P.text.label}（最多 16 个词元）`} />
      <div className="controls">
        <ParamControl name="dk" />
        <ParamControl name="heads" />
        <ParamControl name="causal" />
        <ParamControl name="scale" />
        <ParamControl name="seed" />
      </div>
    </>
  );
}
