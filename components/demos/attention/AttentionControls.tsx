'use client';

import { PARAMS as P } from '@/lib/demos/attention/params';
import { MoreParams } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { typeset } from '../kit/typeset';

/**
 * The explorer's inputs (each hideable with ?hide=): the sentence, d_k and the scaling the next
 * section of the chapter is about; heads, mask and seed folded under 更多参数.
 */
export function AttentionControls() {
  return (
    <>
      <ParamControl name="text" label={`${P.text.label}（最多 16 个词元）`} />
      <ParamControl name="dk" label={typeset(P.dk.label)} />
      <ParamControl name="scale" label={typeset(P.scale.label)} />
      <MoreParams>
        <ParamControl name="heads" />
        <ParamControl name="causal" />
        <ParamControl name="seed" />
      </MoreParams>
    </>
  );
}
