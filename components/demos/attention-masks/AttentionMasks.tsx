'use client';

import { useRef } from 'react';
import { Select } from '@/components/demos/kit/controls';
import { bertAttention } from '@/lib/models/bert';
import { attentionMaps } from '@/lib/models/transformer';
import type { LoadedModel } from '@/lib/models/weights';
import { ATTENTION_MASKS_PARAMS as P, MAX_CHARS, aboveDiagonalSum, formatCheck } from '@/lib/demos/attention-masks/params';
import { asEncoder, inputNotices } from '@/lib/demos/mini-bert/params';
import { useDemo } from '../shell/DemoContext';
import { useDemoParams } from '../shell/useDemoParams';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { AttentionMapSide, type ModelMaps } from './AttentionMapSide';
import { Notices, TextField } from '../kit/model-parts';
import { useComputed } from '../kit/useComputed';
import s from '../kit/model-demo.module.css';

const GPT_CAPTION = '因果：第 i 行只在前 i 个位置上有权重，对角线右上方全是 0。';
const BERT_CAPTION = '双向：每一行覆盖整句（第 1 行、第 1 列是 BERT 加在句首的 [CLS]）。';

interface Run {
  gpt: ModelMaps;
  bert: ModelMaps;
  notices: string[];
}

/** The sentence through both models: GPT's ids from its own vocabulary (no [CLS]), BERT's with [CLS] first. */
async function computeBoth(gpt: LoadedModel, bert: LoadedModel, text: string): Promise<Run> {
  const enc = gpt.vocab.encode(text);
  const gptMaps = await attentionMaps(gpt.params, gpt.manifest.config, enc.ids);
  const b = await bertAttention(asEncoder(bert), text);
  const notices = [
    ...inputNotices({ unknown: enc.unknown, truncated: 0 }, MAX_CHARS).map((n) => `迷你 GPT：${n}`),
    ...inputNotices(b.input, MAX_CHARS).map((n) => `迷你 BERT：${n}`),
  ];
  return {
    gpt: { name: '迷你 GPT', labels: Array.from(text), maps: gptMaps },
    bert: { name: '迷你 BERT', labels: ['[CLS]', ...b.input.pieces], maps: b.maps },
    notices,
  };
}

const options = (n: number, unit: (i: number) => string) => Array.from({ length: n }, (_, i) => ({ value: String(i + 1), label: unit(i + 1) }));

/**
 * Causal versus bidirectional attention (chapter 6, §3.2): one sentence through the mini GPT and the
 * mini BERT, the chosen layer's and head's weights side by side, with the total weight above the
 * diagonal computed for each (GPT exactly 0, BERT clearly not). data-steps counts the runs.
 * `?hide=text,layer,head` hides those inputs.
 */
export default function AttentionMasks() {
  const { info, reportSteps, hidden } = useDemo();
  const { values, set } = useDemoParams(P, info.ns);
  const gpt = useModel('gpt');
  const bert = useModel('bert');
  const ready = gpt.model && bert.model ? { gpt: gpt.model, bert: bert.model } : null;

  const key = ready && values.text.trim() !== '' ? values.text : null;
  const runs = useRef(0);
  const { value: run, busy } = useComputed(key, () => computeBoth(ready!.gpt, ready!.bert, values.text), () => reportSteps((runs.current += 1)));

  const layers = ready ? Math.min(ready.gpt.manifest.config.nLayers, ready.bert.manifest.config.nLayers) : 1;
  const heads = ready ? Math.min(ready.gpt.manifest.config.nHeads, ready.bert.manifest.config.nHeads) : 1;
  const layer = Math.min(values.layer, layers) - 1;
  const head = Math.min(values.head, heads) - 1;

  return (
    <div className={s.root}>
      <ModelStatus state={gpt} name="迷你 GPT" />
      <ModelStatus state={bert} name="迷你 BERT" />
      {ready ? (
        <>
          {hidden.has('text') ? null : (
            <TextField label={`${P.text.label}（最多 ${MAX_CHARS} 个字）`} value={values.text} maxLength={MAX_CHARS} onChange={(text) => set({ text })} />
          )}
          <div className="controls">
            {hidden.has('layer') ? null : (
              <Select label={P.layer.label} value={String(layer + 1)} options={options(layers, (i) => `第 ${i} 层`)} onChange={(v) => set({ layer: Number(v) })} />
            )}
            {hidden.has('head') ? null : (
              <Select label={P.head.label} value={String(head + 1)} options={options(heads, (i) => `头 ${i}`)} onChange={(v) => set({ head: Number(v) })} />
            )}
          </div>
        </>
      ) : null}
      {ready && key === null ? (
        <p className={s.hint} role="status">
          请输入一句话。
        </p>
      ) : null}
      {key !== null && run ? (
        <div className={busy ? s.busy : undefined} aria-busy={busy} data-maps="">
          <Notices items={run.notices} />
          <p className={s.summary}>
            对角线以上的权重之和：GPT 为 {formatCheck(aboveDiagonalSum(run.gpt.maps[layer][head], run.gpt.labels.length))}——每个字只看得见自己和前面的字；BERT 为{' '}
            {formatCheck(aboveDiagonalSum(run.bert.maps[layer][head], run.bert.labels.length))}——每个字都看得见整句话，包括后面的字。
          </p>
          <div className={s.pair}>
            <AttentionMapSide data={run.gpt} layer={layer} head={head} caption={GPT_CAPTION} />
            <AttentionMapSide data={run.bert} layer={layer} head={head} caption={BERT_CAPTION} />
          </div>
        </div>
      ) : key !== null ? (
        <p className={s.hint}>正在计算…</p>
      ) : null}
    </div>
  );
}
