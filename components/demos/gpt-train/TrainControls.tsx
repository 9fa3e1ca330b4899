'use client';

import { Select, Slider } from '@/components/demos/kit/controls';
import { formatRate, GT_PARAMS as P, headChoices, validHeads, type GptTrainValues } from '@/lib/demos/gpt-train/params';
import s from './train.module.css';

/**
 * The set-up of the "train from scratch" demo: the model's shape (layers, d_model, heads, context),
 * the optimiser's batch, peak learning rate and schedule length, and the seed; each hideable with
 * ?hide=. Only head counts that divide d_model are offered.
 */
export function TrainControls({ values, set, hidden }: { values: GptTrainValues; set: (patch: Partial<GptTrainValues>) => void; hidden: ReadonlySet<string> }) {
  const d = Number(values.d);
  const show = (key: keyof typeof P) => !hidden.has(key);
  return (
    <fieldset className={s.controls}>
      <legend>模型与训练设置</legend>
      <p className={s.hint}>改变层数、d_model、头数、上下文长度或种子会换一个新模型、从第 0 步开始；批大小、学习率和总步数从下一步起生效。</p>
      <div className="controls">
        {show('layers') ? <Slider label={P.layers.label} value={values.layers} min={P.layers.min} max={P.layers.max} step={1} onChange={(v) => set({ layers: Math.round(v) })} /> : null}
        {show('d') ? (
          <Select
            label={P.d.label}
            value={values.d}
            options={P.d.options}
            onChange={(v) => set({ d: v, heads: validHeads(Number(v), values.heads) })}
          />
        ) : null}
        {show('heads') ? (
          <Select
            label={P.heads.label}
            value={String(validHeads(d, values.heads))}
            options={headChoices(d).map((h) => ({ value: String(h), label: `${h}（每头 ${d / h} 维）` }))}
            onChange={(v) => set({ heads: Number(v) })}
          />
        ) : null}
        {show('ctx') ? <Slider label={P.ctx.label} value={values.ctx} min={P.ctx.min} max={P.ctx.max} step={4} onChange={(v) => set({ ctx: Math.round(v) })} /> : null}
        {show('batch') ? <Slider label={P.batch.label} value={values.batch} min={P.batch.min} max={P.batch.max} step={1} onChange={(v) => set({ batch: Math.round(v) })} /> : null}
        {show('lr') ? <Slider label={P.lr.label} value={values.lr} min={P.lr.min} max={P.lr.max} log format={formatRate} onChange={(lr) => set({ lr })} /> : null}
        {show('steps') ? <Slider label={P.steps.label} value={values.steps} min={P.steps.min} max={P.steps.max} step={100} onChange={(v) => set({ steps: Math.round(v) })} /> : null}
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
