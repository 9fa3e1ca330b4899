'use client';

import { PARAMS as P, type spec } from '@/lib/demos/attention/params';
import { useDemo } from '../shell/DemoContext';
import { MoreParams } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { typeset } from '../kit/typeset';

/**
 * The explorer's inputs (each hideable with ?hide=): the sentence, d_k and the scaling the next
 * section of the chapter is about; heads, mask and seed folded under 更多参数.
 */
export function AttentionControls() {
  const gpt = useDemo<typeof spec>().values.source === 'gpt';
  return (
    <>
      <ParamControl name="text" label={`${P.text.label}（最多 16 个${gpt ? '字符' : '词元'}）`} />
      <ParamControl name="source" />
      {gpt ? <ParamControl name="layer" /> : <ParamControl name="dk" label={typeset(P.dk.label)} />}
      <ParamControl name="scale" label={typeset(P.scale.label)} />
      <MoreParams>
        {gpt ? null : <ParamControl name="heads" />}
        <ParamControl name="causal" />
        {gpt ? null : <ParamControl name="seed" />}
      </MoreParams>
    </>
  );
}
