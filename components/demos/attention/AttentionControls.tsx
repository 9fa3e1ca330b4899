'use client';

import { SeedInput, Select, Slider, TextWithExamples, Toggle } from '@/components/demos/kit/controls';
import { ATTENTION_PARAMS as P, EXAMPLE_SENTENCES, type AttentionParams } from '@/lib/demos/attention/params';

const HEAD_OPTIONS = ['1', '2', '3', '4'].map((v) => ({ value: v, label: `${v} 个头` }));

/** The explorer's inputs: sentence, d_k, heads, mask, scaling, seed (each hideable with ?hide=). */
export function AttentionControls({
  values,
  set,
  hidden,
}: {
  values: AttentionParams;
  set: (patch: Partial<AttentionParams>) => void;
  hidden: ReadonlySet<string>;
}) {
  return (
    <>
      {hidden.has('text') ? null : (
        <TextWithExamples
          label={`${P.text.label}（最多 16 个词元）`}
          value={values.text}
          maxLength={P.text.maxLength}
          examples={EXAMPLE_SENTENCES}
          examplesLabel="示例句子"
          onChange={(text) => set({ text })}
        />
      )}
      <div className="controls">
        {hidden.has('dk') ? null : (
          <Slider label={P.dk.label} value={values.dk} min={P.dk.min} max={P.dk.max} step={1} onChange={(dk) => set({ dk: Math.round(dk) })} />
        )}
        {hidden.has('heads') ? null : (
          <Select
            label={P.heads.label}
            value={String(values.heads)}
            options={HEAD_OPTIONS}
            onChange={(v) => set({ heads: Number(v), head: Math.min(values.head, Number(v)) })}
          />
        )}
        {hidden.has('causal') ? null : <Toggle label={P.causal.label} checked={values.causal} onChange={(causal) => set({ causal })} />}
        {hidden.has('scale') ? null : <Toggle label={P.scale.label} checked={values.scale} onChange={(scale) => set({ scale })} />}
        {hidden.has('seed') ? null : <SeedInput label={P.seed.label} value={values.seed} min={P.seed.min} max={P.seed.max} onChange={(seed) => set({ seed })} />}
      </div>
    </>
  );
}
