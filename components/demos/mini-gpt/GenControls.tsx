'use client';

import { useId } from 'react';
import { SeedInput, Select, Slider, TextWithExamples, Toggle } from '@/components/demos/kit/controls';
import { GPT_PARAMS as P, roundTo, type GptParams } from '@/lib/demos/mini-gpt/params';
import s from './gen.module.css';

/** Prompts offered under the input (every character is in the mini GPT's vocabulary). */
const EXAMPLE_PROMPTS = ['梯度下降', '注意力', '大模型', '神经网络的'] as const;
const N_OPTIONS = Array.from({ length: P.n.max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

/**
 * The completion parameters, named as in the API: prompt (with examples), max_tokens, temperature,
 * top_p, n, stop (several joined by |), seed, and whether to show attention. Each can be hidden
 * with ?hide=.
 */
export function GenControls({ values, set, hidden }: { values: GptParams; set: (patch: Partial<GptParams>) => void; hidden: ReadonlySet<string> }) {
  const stopId = useId();
  const stopHelp = useId();
  return (
    <>
      {hidden.has('prompt') ? null : (
        <TextWithExamples label={P.prompt.label} value={values.prompt} maxLength={P.prompt.maxLength} examples={EXAMPLE_PROMPTS} examplesLabel="示例提示" onChange={(prompt) => set({ prompt })} />
      )}
      <div className="controls">
        {hidden.has('max_tokens') ? null : (
          <Slider label={P.max_tokens.label} value={values.max_tokens} min={P.max_tokens.min} max={P.max_tokens.max} step={1} onChange={(v) => set({ max_tokens: Math.round(v) })} />
        )}
        {hidden.has('temperature') ? null : (
          <Slider
            label={P.temperature.label}
            value={values.temperature}
            min={P.temperature.min}
            max={P.temperature.max}
            step={P.temperature.step}
            format={(v) => (v === 0 ? '0（贪心）' : String(roundTo(v, 2)))}
            onChange={(v) => set({ temperature: roundTo(v, 2) })}
          />
        )}
        {hidden.has('top_p') ? null : (
          <Slider label={P.top_p.label} value={values.top_p} min={P.top_p.min} max={P.top_p.max} step={P.top_p.step} format={(v) => String(roundTo(v, 2))} onChange={(v) => set({ top_p: roundTo(v, 2) })} />
        )}
        {hidden.has('n') ? null : <Select label={P.n.label} value={String(values.n)} options={N_OPTIONS} onChange={(v) => set({ n: Number(v) })} />}
        {hidden.has('stop') ? null : (
          <div className="control">
            <label htmlFor={stopId}>{P.stop.label}</label>
            <input
              id={stopId}
              type="text"
              className={s.stop}
              value={values.stop}
              maxLength={P.stop.maxLength}
              aria-describedby={stopHelp}
              onChange={(e) => set({ stop: e.target.value })}
            />
            <span id={stopHelp} className={s.help}>
              多个用 | 分隔，最多 4 个；\n 表示换行；留空表示不设
            </span>
          </div>
        )}
        {hidden.has('seed') ? null : <SeedInput label={P.seed.label} value={values.seed} min={P.seed.min} max={P.seed.max} onChange={(seed) => set({ seed })} />}
        {hidden.has('attention') ? null : <Toggle label={P.attention.label} checked={values.attention} onChange={(attention) => set({ attention })} />}
      </div>
    </>
  );
}
