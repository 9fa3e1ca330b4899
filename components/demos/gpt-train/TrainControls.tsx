'use client';

import { formatRate, PARAMS as P, headChoices, type spec } from '@/lib/demos/gpt-train/params';
import { Select } from '../kit/controls';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import s from './train.module.css';

/**
 * The set-up of the "train from scratch" demo: the model's shape (layers, d_model, heads, context),
 * the optimiser's batch, peak learning rate and schedule length, and the seed; each hideable with
 * ?hide=. Only head counts that divide d_model are offered (the spec's normalize keeps them valid).
 */
export function TrainControls() {
  const { values, set, hidden } = useDemo<typeof spec>();
  const d = Number(values.d);
  const show = (key: keyof typeof P) => !hidden.has(key);
  return (
    <fieldset className={s.controls}>
      <legend>模型与训练设置</legend>
      <p className={s.hint}>改变层数、d_model、头数、上下文长度或种子会换一个新模型、从第 0 步开始；批大小、学习率和总步数从下一步起生效。</p>
      <div className="controls">
        <ParamControl name="layers" />
        <ParamControl name="d" />
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
        <ParamControl name="lr" format={formatRate} />
        <ParamControl name="steps" />
        {show('seed') ? (
          <div className="control">
            <button type="button" onClick={() => set({ seed: (values.seed + 1) % (P.seed.max + 1) })}>
              换一组初始参数（{P.seed.label} {values.seed}）
            </button>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
