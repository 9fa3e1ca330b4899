'use client';

import { formatRate, PARAMS as P, headChoices, type spec } from '@/lib/demos/gpt-train/params';
import { Select } from '../kit/controls';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import s from './train.module.css';

/** The two settings worth trying first: the peak learning rate and the model's width (d_model); and what a change does. */
export function TrainEssentials() {
  return (
    <>
      <ParamControl name="lr" format={formatRate} />
      <ParamControl name="d" />
      <p className={s.hint}>改 d_model、层数、头数、上下文长度或种子，会从第 0 步训练一个新模型；学习率、批大小和总步数从下一步起生效。</p>
    </>
  );
}

/**
 * The rest of the set-up: layers, heads, context, batch, schedule length and the seed; each
 * hideable with ?hide=. Only head counts that divide d_model are offered (the spec's normalize keeps
 * them valid).
 */
export function TrainMoreControls() {
  const { values, set, hidden } = useDemo<typeof spec>();
  const d = Number(values.d);
  const show = (key: keyof typeof P) => !hidden.has(key);
  return (
    <>
      <ParamControl name="layers" />
      {show('heads') ? (
        <Select
          label={P.heads.label}
          value={String(values.heads)}
          options={headChoices(d).map((h) => ({ value: String(h), label: `${h}（每头 ${d / h} 维）` }))}
          onChange={(v) => set({ heads: Number(v) })}
        />
      ) : null}
      <ParamControl name="ctx" />
      <ParamControl name="batch" />
      <ParamControl name="steps" />
      {show('seed') ? (
        <div className="control">
          <button type="button" onClick={() => set({ seed: (values.seed + 1) % (P.seed.max + 1) })}>
            换一组初始参数（{P.seed.label} {values.seed}）
          </button>
        </div>
      ) : null}
    </>
  );
}
