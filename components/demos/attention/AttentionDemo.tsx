'use client';

import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { STAGES, STAGE_INTERVAL_MS, gptTokens, isLastStage, moveStage, shownHead, stageIndex, type Stage, type spec } from '@/lib/demos/attention/params';
import type { AttentionRun } from '@/lib/demos/attention/compute';
import { computeGptAttention } from '@/lib/demos/attention/gpt';
import { pairLabel, tableRows } from '@/lib/demos/attention/format';
import { MAX_TOKENS, tokenize, truncationNotice, type Tokenized } from '@/lib/demos/attention/tokens';
import { ModelStatus } from '../kit/ModelStatus';
import { useComputation } from '../kit/useComputation';
import { useModel } from '../kit/useModel';
import { NumbersTable, PlayBar } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import { useDemo } from '../shell/DemoContext';
import { AttentionControls } from './AttentionControls';
import { EntropyPanel } from './EntropyPanel';
import { HeadPicker } from './HeadPicker';
import { HeatGrid } from './HeatGrid';
import { PAIR_AXES, StagePanel } from './StagePanel';
import { StageTabs } from './StageTabs';
import { useAttentionRun } from './useAttentionRun';
import s from './AttentionExplorer.module.css';

/**
 * The explorer with the projections the reader chose: drawn from the seed, or the mini GPT's
 * trained weights of one layer (a view of its own, so the weights are fetched only when asked for).
 */
export default function AttentionDemo() {
  const { values } = useDemo<typeof spec>();
  return values.source === 'gpt' ? <GptExplorer /> : <RandomExplorer />;
}

function RandomExplorer() {
  const { values } = useDemo<typeof spec>();
  const tokenized = useMemo(() => tokenize(values.text), [values.text]);
  const { run } = useAttentionRun(tokenized.tokens, values.dk, values.heads, values.causal, values.scale, values.seed);
  return <Explorer tokenized={tokenized} run={run} />;
}

function GptExplorer() {
  const { values } = useDemo<typeof spec>();
  const state = useModel('gpt');
  const model = state.model;
  const tokenized = useMemo(() => gptTokens(values.text, MAX_TOKENS), [values.text]);
  const { tokens } = tokenized;
  const key = model && tokens.length > 0 ? JSON.stringify([tokens, values.layer, values.causal, values.scale]) : null;
  const { value: run } = useComputation(key, () =>
    computeGptAttention({ params: model!.params, config: model!.manifest.config, vocab: model!.vocab }, tokens, values.layer, values.causal, values.scale),
  );
  const unknown = model ? [...new Set(tokens.filter((t) => !model.vocab.has(t)))] : [];
  const notice = unknown.length > 0 ? `迷你 GPT 的字表里没有${unknown.map((c) => `「${c}」`).join('')}，这些字按 [UNK]（未知字符）输入。` : null;
  return <Explorer tokenized={tokenized} run={key ? run : null} status={<ModelStatus state={state} name="迷你 GPT" />} extraNotice={notice} />;
}

/**
 * The attention explorer (chapter 5, §2.3): a sentence → tokens → X = E + P → Q, K, V → QKᵀ → ÷√d_k
 * → causal mask → softmax → output, each stage shown as labelled heat maps; the weights as a
 * keyboard-navigable heat map; 1–4 heads; how scaling keeps softmax from saturating.
 * data-steps counts the stages stepped through since the last reset.
 */
function Explorer({ tokenized, run, status, extraNotice }: { tokenized: Tokenized; run: AttentionRun | null; status?: ReactNode; extraNotice?: string | null }) {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const panelId = useId();
  const [playing, setPlaying] = useState(false);
  const [steps, setSteps] = useState(0);

  const head = shownHead(values) - 1;
  const stage = values.stage as Stage;

  useEffect(() => reportSteps(steps), [steps, reportSteps]);

  const goTo = (next: Stage) => {
    if (next === stage) return;
    set({ stage: next });
    setSteps((n) => n + Math.abs(stageIndex(next) - stageIndex(stage)));
  };

  // Playing walks through the stages, one every STAGE_INTERVAL_MS, and stops at the last.
  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(() => {
      const next = moveStage(stage, 1);
      set({ stage: next });
      setSteps((n) => n + 1);
      if (isLastStage(next)) setPlaying(false);
    }, STAGE_INTERVAL_MS);
    return () => clearTimeout(id);
  }, [playing, stage, set]);

  const play = (on: boolean) => {
    if (on) {
      const next = isLastStage(stage) ? STAGES[0].value : moveStage(stage, 1);
      goTo(next);
      setPlaying(!isLastStage(next));
    } else setPlaying(false);
  };
  const reset = () => {
    setPlaying(false);
    set({ stage: STAGES[0].value });
    setSteps(0);
  };

  const notice = truncationNotice(tokenized);
  // Nothing to show for an empty sentence (the last run would be stale).
  const current = tokenized.tokens.length > 0 ? run?.perHead[Math.min(head, run.perHead.length - 1)] : undefined;
  const tokens = run?.tokens ?? [];
  const headSuffix = run && run.heads > 1 ? `（头 ${head + 1}）` : '';

  return (
    <div className={s.root}>
      <DemoStage>
        <DemoVisual>
          {status}
          <section className={s.pipeline} aria-label="逐步计算">
            {hidden.has('stage') ? null : <StageTabs stage={stage} onChange={goTo} panelId={panelId} />}
            <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-tab-${stage}`} className={s.panel}>
              {run && current ? <StagePanel stage={stage} run={run} head={head} /> : <p className={s.loading}>正在计算…</p>}
            </div>
          </section>
        </DemoVisual>
        {hidden.has('play') ? null : (
          <RunBar>
            <PlayBar playing={playing} onPlay={play} onStep={() => goTo(moveStage(stage, 1))} onReset={reset} stepLabel="下一步">
              <button type="button" onClick={() => goTo(moveStage(stage, -1))} disabled={playing || stageIndex(stage) === 0}>
                上一步
              </button>
              <span className={s.stepStatus}>
                第 {stageIndex(stage) + 1} / {STAGES.length} 步
              </span>
            </PlayBar>
          </RunBar>
        )}
        <DemoSide>
          <AttentionControls />
          {notice ? (
            <p className={s.notice} role="status">
              {notice}
            </p>
          ) : null}
          {extraNotice ? (
            <p className={s.notice} role="status">
              {extraNotice}
            </p>
          ) : null}
          {tokenized.tokens.length === 0 ? (
            <p className={s.notice} role="status">
              请输入至少一个字或词。
            </p>
          ) : null}
        </DemoSide>

        {run && current ? (
          <section className={s.weights} aria-label="注意力权重">
            <div className={s.weightsMain}>
              {run.heads > 1 && !hidden.has('head') ? <HeadPicker heads={run.perHead} head={head} onChange={(h) => set({ head: h + 1 })} /> : null}
              <HeatGrid
                large
                caption={`注意力权重${headSuffix}：行是查询词元，列是被关注的词元`}
                matrix={current.weights}
                rowLabels={tokens}
                colLabels={tokens}
                mode="prob"
                rowsAre={PAIR_AXES}
                cellLabel={(i, j, v, fmt) => pairLabel(tokens, i, j, '权重', v, fmt)}
              />
            </div>
            {hidden.has('entropy') ? null : <EntropyPanel head={current} dk={run.dk} causal={run.causal} scale={run.scale} n={tokens.length} />}
          </section>
        ) : null}

        {run && current && !hidden.has('table') ? (
          <div className={s.tables}>
            <NumbersTable
              caption={`注意力权重${headSuffix}`}
              head={['查询 \\ 键', ...tokens.map((t, j) => `${j + 1} ${t}`), '行熵']}
              rows={tableRows(tokens, current.weights, current.entropy)}
            />
            <NumbersTable
              caption={`Q、K、V${headSuffix}`}
              head={['词元', ...(['Q', 'K', 'V'] as const).flatMap((m) => Array.from({ length: run.dk }, (_, j) => `${m}${j + 1}`))]}
              rows={tableRows(tokens, current.q.map((r, i) => [...r, ...current.k[i], ...current.v[i]]))}
            />
          </div>
        ) : null}
      </DemoStage>
    </div>
  );
}
