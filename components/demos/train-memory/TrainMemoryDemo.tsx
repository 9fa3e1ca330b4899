'use client';

import { useEffect, useMemo, useRef } from 'react';
import { int } from '@/lib/demos/format';
import { bytesText, countText } from '@/lib/demos/model-size/units';
import { GB, bytesPerParam, gpusNeeded, type Recompute, type TrainPrecision } from '@/lib/demos/train-memory/memory';
import { WEIGHT_BYTES, compute, type spec } from '@/lib/demos/train-memory/params';
import { PRESETS, presetOf } from '@/lib/models/arch-presets';
import { NumbersTable } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { PresetPicker } from '../kit/PresetPicker';
import { LogBars, StackedBar } from '../model-size/SizeCharts';
import styles from '../model-size/size.module.css';
import { GpuGrid, MemoryFormula } from './MemoryParts';

const RECOMPUTE_LABELS: Record<Recompute, string> = { none: '全部保存', selective: '只重算注意力', full: '完全重计算' };
/** 1 MB, 1 GB, 1 TB labelled; the decades between only marked. */
const tickBytes = (v: number) => (Math.round(Math.log10(v)) % 3 ? '' : bytesText(v, 1).replace('.0 ', ' '));

/**
 * Chapter 10's memory calculator: the training state (16 bytes a parameter under mixed-precision
 * Adam), the activations with and without recomputation, or at inference the weights and the KV
 * cache; and how many GPUs of a given size hold it.
 */
export default function TrainMemoryDemo() {
  const { values, set, hidden, reportSteps } = useDemo<typeof spec>();
  const result = useMemo(() => compute(values), [values]);
  const preset = presetOf(values.model)!;
  const training = values.mode === 'train';

  const steps = useRef(0);
  useEffect(() => reportSteps(++steps.current), [result, reportSteps]);

  const faqRows = [
    ['推理：fp16 / bf16 权重', 2],
    ['推理：int8 权重', 1],
    ['训练：混合精度 + Adam（不含激活）', bytesPerParam('mixed')],
  ].map(([label, bytes]) => {
    const total = result.params * (bytes as number);
    return [label as string, String(bytes), bytesText(total, 3), `${gpusNeeded(total, values.gpu)}（${(total / GB / values.gpu).toFixed(1)}）`];
  });

  return (
    <DemoStage>
      <DemoVisual>
        <p className={styles.headline}>
          <span className={styles.total} data-testid="tm-total">
            {bytesText(result.total, 3)}
          </span>
          <span className={styles.sub}>
            {preset.label}（{countText(result.params)} 参数）{training ? '训练' : '推理'}，
            至少 <strong data-testid="tm-gpus">{result.gpus}</strong> 块 {values.gpu} GB GPU
          </span>
        </p>
        {hidden.has('chart') ? null : (
          <>
            <StackedBar parts={result.items.map((x) => ({ key: x.key, label: x.label, value: x.bytes }))} label="显存按用途" format={(v) => bytesText(v, 3)} />
            <GpuGrid total={result.total} gpuGB={values.gpu} gpus={result.gpus} />
          </>
        )}
      </DemoVisual>
      <RunBar label="选择模型">
        <PresetPicker presets={PRESETS} value={values.model} onChange={(model) => set({ model })} />
      </RunBar>
      <DemoSide>
        <ParamControl name="mode" />
        <ParamControl name="batch" />
        <ParamControl name="seq" format={int} />
        {training ? <ParamControl name="recompute" /> : null}
        <MoreParams>
          {training ? <ParamControl name="precision" /> : <ParamControl name="weights" />}
          <ParamControl name="gpu" />
        </MoreParams>
      </DemoSide>
      {training && !hidden.has('chart') ? (
        <LogBars
          rows={(['none', 'selective', 'full'] as const).map((r) => ({ key: r, label: RECOMPUTE_LABELS[r], value: result.activations[r] }))}
          lo={1e6}
          hi={1e13}
          format={(v) => bytesText(v, 3)}
          tick={tickBytes}
          label="激活值：三种重计算方式（对数刻度）"
          current={values.recompute}
        />
      ) : null}
      {hidden.has('formula') ? null : (
        <MemoryFormula
          training={training}
          arch={preset.arch}
          params={result.params}
          batch={values.batch}
          seq={values.seq}
          recompute={values.recompute as Recompute}
          precision={values.precision as TrainPrecision}
          weightBytes={WEIGHT_BYTES[values.weights]}
        />
      )}
      {hidden.has('table') ? null : (
        <>
          <NumbersTable caption="当前各项显存" head={['项目', '字节', '合计']} rows={[...result.items.map((x) => [x.label, int(x.bytes), bytesText(x.bytes, 4)]), ['合计', int(result.total), bytesText(result.total, 4)]]} />
          <NumbersTable caption={`第 10 章表格的三行（${preset.label}）`} head={['用途', '每参数字节', '合计', `${values.gpu} GB GPU 块数`]} rows={faqRows} />
        </>
      )}
    </DemoStage>
  );
}
