'use client';

import { useEffect, useMemo, useRef } from 'react';
import { int, sig } from '@/lib/demos/format';
import { fromArch, toArch, type spec } from '@/lib/demos/model-size/params';
import { bytesText, chineseCount, countText } from '@/lib/demos/model-size/units';
import { PRESETS, matchPreset, presetOf } from '@/lib/models/arch-presets';
import { COMPONENTS, COMPONENT_LABELS, PRECISIONS, countParams, estimate12 } from '@/lib/models/architectures';
import { NumbersTable } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { PresetPicker } from '../kit/PresetPicker';
import { typeset } from '../kit/typeset';
import { useDemo } from '../shell/DemoContext';
import { LogBars, StackedBar } from './SizeCharts';
import styles from './size.module.css';

const GPU_GB = 80;
/** Every third decade labelled (10⁶, 10⁹, 10¹²): room for the labels on a phone. */
const tickCount = (v: number) => {
  const e = Math.round(Math.log10(v));
  return e % 3 ? '' : `10${String(e).replace(/./g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])}`;
};

/**
 * Chapter 1's size calculator: a transformer's shape → its exact parameter count by component,
 * beside the 12·L·d² estimate, where it sits among the published models (log scale), and the
 * memory of its weights in four precisions.
 */
export default function ModelSizeDemo() {
  const { values, set, hidden, reportSteps } = useDemo<typeof spec>();
  const arch = useMemo(() => toArch(values), [values]);
  const counts = useMemo(() => countParams(arch), [arch]);
  const estimate = estimate12(arch);
  const preset = matchPreset(arch);

  // Each new shape is one computation (the tests' data-steps).
  const steps = useRef(0);
  useEffect(() => reportSteps(++steps.current), [counts, reportSteps]);

  const parts = COMPONENTS.map((c) => ({ key: c, label: COMPONENT_LABELS[c], value: counts[c] }));
  const rows = [
    ...PRESETS.map((p) => ({ key: p.key, label: p.label, value: countParams(p.arch).total })),
    ...(preset ? [] : [{ key: 'custom', label: '当前（自定义）', value: counts.total }]),
  ].sort((a, b) => a.value - b.value);

  return (
    <DemoStage>
      <DemoVisual>
        <p className={styles.headline}>
          <span className={styles.total} data-testid="ms-total">
            {countText(counts.total)}
          </span>
          <span className={styles.sub}>
            {int(counts.total)} 个参数，约 {chineseCount(counts.total)}
          </span>
        </p>
        <p className={styles.sub}>
          12·L·d² 估算 {countText(estimate)}，精确值是它的 <span data-testid="ms-ratio">{sig(counts.total / estimate, 4)}</span> 倍
        </p>
        <StackedBar parts={parts} label="参数按组成部分" format={countText} />
        <LogBars rows={rows} lo={1e5} hi={1e12} format={(v) => countText(v, 3)} tick={tickCount} label="与已发表模型比较（对数刻度）" current={preset?.key ?? 'custom'} />
      </DemoVisual>
      {hidden.has('preset') ? null : (
        <RunBar label="选择模型">
          <PresetPicker presets={PRESETS} value={preset?.key ?? ''} onChange={(key) => set(fromArch(presetOf(key)!.arch))} />
        </RunBar>
      )}
      <DemoSide>
        <ParamControl name="layers" />
        <ParamControl name="d" label={typeset(PARAMS_LABEL.d)} format={int} />
        <ParamControl name="heads" />
        <MoreParams>
          <ParamControl name="vocab" format={int} />
          <ParamControl name="ctx" format={int} />
          <ParamControl name="ff" label={typeset(PARAMS_LABEL.ff)} format={int} />
          <ParamControl name="mlp" />
          <ParamControl name="norm" />
          <ParamControl name="pos" />
          <ParamControl name="bias" />
          <ParamControl name="tied" />
          <ParamControl name="types" />
          <ParamControl name="pooler" />
        </MoreParams>
      </DemoSide>
      {hidden.has('memory') ? null : (
        <section aria-label="权重占多少内存">
          <h4 className={styles.heading}>权重占多少内存</h4>
          <ul className={styles.memRows}>
            {PRECISIONS.map((p) => {
              const bytes = counts.total * p.bytes;
              return (
                <li key={p.key}>
                  <span>{p.label}</span>
                  <span className={styles.track}>
                    <span className={styles.fill} style={{ width: `${(100 * p.bytes) / 4}%` }} />
                  </span>
                  <span className={styles.gpus} data-testid={`ms-mem-${p.key}`}>
                    {bytesText(bytes, 3)} · {Math.ceil(bytes / (GPU_GB * 1e9))} 块
                  </span>
                </li>
              );
            })}
          </ul>
          <p className={styles.note}>「块」是装下这些权重至少要几块 {GPU_GB} GB 的 GPU（1 GB = 10⁹ 字节）；推理还要另留 KV 缓存，训练要的更多（见第 10 章的显存计算器）。</p>
        </section>
      )}
      {hidden.has('formula') ? null : (
        <section aria-label="公式">
          <p className={styles.formula}>
            12·L·d² = 12 × {values.layers} × {int(values.d)}² = {int(estimate)}
          </p>
          <p className={styles.formula} data-testid="ms-formula">
            N = {parts.filter((p) => p.value > 0).map((p) => int(p.value)).join(' + ')} = {int(counts.total)}
          </p>
          <p className={styles.note}>头数只决定 d_model 怎样分给各个头，不改变参数量。</p>
        </section>
      )}
      {hidden.has('table') ? null : (
        <NumbersTable
          caption="各部分参数量"
          head={['部分', '参数量', '占比', 'fp16 字节']}
          rows={[...parts, { key: 'total', label: '合计', value: counts.total }].map((p) => [p.label, int(p.value), `${sig((100 * p.value) / counts.total, 3)}%`, bytesText(2 * p.value, 3)])}
        />
      )}
    </DemoStage>
  );
}

const PARAMS_LABEL = { d: '隐藏维度 d_model', ff: '前馈宽度 d_ff' };
