'use client';

import { useRef } from 'react';
import { bertAttention } from '@/lib/models/bert';
import { attentionMaps } from '@/lib/models/transformer';
import { PARAMS as P, MAX_CHARS, aboveDiagonalSum, formatCheck, type spec } from '@/lib/demos/attention-masks/params';
import { inputNotices } from '@/lib/demos/mini-bert/params';
import { Select } from '../kit/controls';
import { ModelStatus } from '../kit/ModelStatus';
import { ParamControl } from '../kit/ParamControl';
import type { MiniModel } from '@/lib/models/mini-model';
import { useModel } from '../kit/useModel';
import { useDemo } from '../shell/DemoContext';
import { AttentionMapSide, type ModelMaps } from './AttentionMapSide';
import { Notices } from '../kit/model-parts';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import s from '../kit/model-demo.module.css';
import m from './masks.module.css';

const GPT_CAPTION = '因果：第 i 行只在前 i 个位置上有权重，对角线右上方全是 0。';
const BERT_CAPTION = '双向：每一行覆盖整句（第 1 行、第 1 列是 BERT 加在句首的 [CLS]）。';

interface Run {
  gpt: ModelMaps;
  bert: ModelMaps;
  notices: string[];
}

/** The sentence through both models: GPT's ids from its own vocabulary (no [CLS]), BERT's with [CLS] first. */
async function computeBoth(gpt: MiniModel, bert: MiniModel, text: string): Promise<Run> {
  const enc = gpt.vocab.encode(text);
  const gptMaps = await attentionMaps(gpt.params, gpt.manifest.config, enc.ids);
  const b = await bertAttention(bert, text);
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
export default function AttentionMasksDemo() {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const gpt = useModel('gpt');
  const bert = useModel('bert');
  const ready = gpt.model && bert.model ? { gpt: gpt.model, bert: bert.model } : null;

  const key = ready && values.text.trim() !== '' ? values.text : null;
  const runs = useRef(0);
  const { value: run, busy } = useComputation(key, () => computeBoth(ready!.gpt, ready!.bert, values.text), {
    debounceMs: TYPING_DEBOUNCE_MS,
    onDone: () => reportSteps((runs.current += 1)),
  });

  const layers = ready ? Math.min(ready.gpt.manifest.config.nLayers, ready.bert.manifest.config.nLayers) : 1;
  const heads = ready ? Math.min(ready.gpt.manifest.config.nHeads, ready.bert.manifest.config.nHeads) : 1;
  const layer = Math.min(values.layer, layers) - 1;
  const head = Math.min(values.head, heads) - 1;

  const typing = ready && key === null;
  return (
    <div className={s.root}>
      <ModelStatus state={gpt} name="迷你 GPT" />
      <ModelStatus state={bert} name="迷你 BERT" />
      {ready ? (
        <DemoStage layout="above">
          <DemoVisual>
            {typing ? (
              <p className={s.hint} role="status">
                请输入一句话。
              </p>
            ) : run ? (
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
            ) : (
              <p className={s.hint}>正在计算…</p>
            )}
          </DemoVisual>
          {/* The sentence is what starts a computation here (it recomputes as one types): it is the run control. */}
          <RunBar label="输入">
            <div className={m.sentence} data-demo-run="">
              <ParamControl name="text" label={`${P.text.label}（最多 ${MAX_CHARS} 个字）`} />
            </div>
          </RunBar>
          <DemoSide>
            <div className={m.selects}>
              {hidden.has('layer') ? null : (
                <Select label={P.layer.label} value={String(layer + 1)} options={options(layers, (i) => `第 ${i} 层`)} onChange={(v) => set({ layer: Number(v) })} />
              )}
              {hidden.has('head') ? null : (
                <Select label={P.head.label} value={String(head + 1)} options={options(heads, (i) => `头 ${i}`)} onChange={(v) => set({ head: Number(v) })} />
              )}
            </div>
          </DemoSide>
        </DemoStage>
      ) : null}
    </div>
  );
}
