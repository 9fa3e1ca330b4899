'use client';

import { useId } from 'react';
import { Select, Slider, Toggle } from '@/components/controls/Controls';
import { ATTENTION_PARAMS as P, EXAMPLE_SENTENCES, type AttentionParams } from '@/lib/widgets/attention';
import s from './AttentionExplorer.module.css';

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
  const textId = useId();
  const seedId = useId();
  const setSeed = (raw: string) => {
    const n = Math.round(Number(raw));
    if (raw.trim() !== '' && Number.isFinite(n)) set({ seed: Math.min(P.seed.max, Math.max(P.seed.min, n)) });
  };
  return (
    <>
      {hidden.has('text') ? null : (
        <div className={`control ${s.textControl}`}>
          <label htmlFor={textId}>{P.text.label}（最多 16 个词元）</label>
          <input id={textId} type="text" value={values.text} maxLength={P.text.maxLength} onChange={(e) => set({ text: e.target.value })} />
          <span className={s.examples} role="group" aria-label="示例句子">
            示例：
            {EXAMPLE_SENTENCES.map((t) => (
              <button key={t} type="button" aria-pressed={values.text === t} onClick={() => set({ text: t })}>
                {t}
              </button>
            ))}
          </span>
        </div>
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
        {hidden.has('seed') ? null : (
          <div className="control">
            <label htmlFor={seedId}>{P.seed.label}</label>
            <input
              id={seedId}
              type="number"
              className={s.seed}
              min={P.seed.min}
              max={P.seed.max}
              value={values.seed}
              onChange={(e) => setSeed(e.target.value)}
            />
            <button type="button" onClick={() => set({ seed: (values.seed + 1) % (P.seed.max + 1) })}>
              换一组
            </button>
          </div>
        )}
      </div>
    </>
  );
}
