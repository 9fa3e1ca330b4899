'use client';

import { useMemo, useState } from 'react';
import { promptIds, type LanguageModel } from '@/lib/models/gpt';
import { callCode, completionParams, parseStops, spokenToken, type spec } from '@/lib/demos/mini-gpt/params';
import { promptNotices, shownStep, tokenCount, type StepRef } from '@/lib/demos/mini-gpt/run';
import { useDemo } from '../shell/DemoContext';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { GenAttention } from './GenAttention';
import { GenCandidates } from './GenCandidates';
import { GenControls } from './GenControls';
import { GenOutput } from './GenOutput';
import { useGeneration, type GenRun } from './useGeneration';
import s from './gen.module.css';

/** What the status line says once a run ends (it is a live region, so it changes only then). */
function runSummary(run: GenRun): string {
  const n = tokenCount(run.completions);
  const rate = run.elapsedMs > 0 ? `，约 ${((n * 1000) / run.elapsedMs).toFixed(0)} 个/秒` : '';
  if (run.status === 'running') return '正在生成…';
  if (run.status === 'done') return `完成：共生成 ${n} 个词元，用时 ${(run.elapsedMs / 1000).toFixed(2)} 秒${rate}。`;
  if (run.status === 'stopped') return `已停止：生成了 ${n} 个词元。`;
  return '';
}

/**
 * The mini GPT (chapter 6, §3.1): the book's own character-level GPT completes a prompt with the
 * completions API's parameters. Characters appear one by one; for any of them the reader sees the
 * model's top 5 at T = 1 beside the distribution actually sampled from, and (optionally) where the
 * newest position attended. The equivalent complete() call is shown as code. data-steps counts
 * the tokens of the current run; data-tensors is tf.memory().numTensors when the last run ended.
 */
export default function MiniGptDemo() {
  const { values, reportSteps, hidden } = useDemo<typeof spec>();
  const modelState = useModel('gpt');
  const loaded = modelState.model;
  const model = useMemo<LanguageModel | null>(
    () => (loaded ? { params: loaded.params, config: loaded.manifest.config, vocab: loaded.vocab } : null),
    [loaded],
  );
  const { run, start, stop } = useGeneration(model, reportSteps);
  const [selected, setSelected] = useState<StepRef | null>(null);

  const params = useMemo(() => completionParams(values), [values]);
  const stopError = parseStops(values.stop).error;
  const notices = model ? promptNotices(values.prompt, promptIds(model.vocab, values.prompt), model.config.ctx, values.max_tokens) : [];
  const running = run.status === 'running';
  const shown = shownStep(run.completions, selected);

  const generate = () => {
    setSelected(null);
    start(params, values.attention);
  };

  return (
    <div className={s.root} data-tensors={run.tensors ?? undefined}>
      <GenControls />
      {stopError ? (
        <p className={s.notice} role="alert">
          {stopError}
        </p>
      ) : null}
      {notices.length > 0 ? (
        <ul className={s.notices} role="status">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}

      <div className="playbar" role="group" aria-label="生成">
        <button type="button" className="play" onClick={generate} disabled={!model || !!stopError || running}>
          ▶ 生成
        </button>
        <button type="button" onClick={stop} disabled={!running}>
          ■ 停止
        </button>
        <span className={s.summary} role="status">
          {runSummary(run)}
        </span>
      </div>
      <ModelStatus state={modelState} name="迷你 GPT" />
      {run.error ? (
        <p className={s.notice} role="alert">
          {run.error}
        </p>
      ) : null}

      {hidden.has('code') ? null : (
        <figure className={s.code}>
          <figcaption>与上面的参数等价的调用（和正文中的代码相同）：</figcaption>
          <pre tabIndex={0}>
            <code>{callCode(params)}</code>
          </pre>
        </figure>
      )}

      {run.completions.length > 0 && run.params ? (
        <GenOutput completions={run.completions} prompt={run.params.prompt} selected={selected} running={running} onSelect={setSelected} />
      ) : null}

      {shown && run.params ? (
        <section className={s.stepPanel} aria-label="所选字符的详情">
          <p className={s.stepTitle}>
            {run.completions.length > 1 ? `补全 ${shown.ref.choice + 1} ` : ''}第 {shown.ref.index + 1} 个字符{spokenToken(shown.step.token)}
            {selected ? '' : '（最新的一个；点击或用方向键选择其他字符）'}
            {selected ? (
              <button type="button" className={s.latest} onClick={() => setSelected(null)}>
                回到最新
              </button>
            ) : null}
          </p>
          {hidden.has('candidates') ? null : <GenCandidates step={shown.step} params={run.params} />}
          {values.attention ? (
            shown.step.attention ? <GenAttention step={shown.step} withTable={!running} /> : <p className={s.help}>这次生成时没有打开「显示注意力」；打开后重新生成即可查看。</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
