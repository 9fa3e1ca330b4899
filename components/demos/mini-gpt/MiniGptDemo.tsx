'use client';

import { useMemo, useState } from 'react';
import { promptIds, type LanguageModel } from '@/lib/models/gpt';
import { callCode, completionParams, heldOutSummary, parseStops, spokenToken, type spec } from '@/lib/demos/mini-gpt/params';
import { promptNotices, runSummary, shownStep, type StepRef } from '@/lib/demos/mini-gpt/run';
import { useDemo } from '../shell/DemoContext';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { Icon } from '../kit/icons';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { GenAttention } from './GenAttention';
import { GenCandidates } from './GenCandidates';
import { GenEssentials, GenMoreControls } from './GenControls';
import { GenOutput, IdleOutput } from './GenOutput';
import { useGeneration } from './useGeneration';
import s from './gen.module.css';

/**
 * The mini GPT (chapter 6, §3.1): the book's own character-level GPT completes a prompt with the
 * completions API's parameters. Laid out with the demo kit: the generated text first (then, for the
 * selected character, the model's top 5 at T = 1 beside the distribution actually sampled from, and
 * where the newest position attended); the run bar (生成, 停止, the run's summary); the prompt and the
 * temperature; the other parameters folded; the equivalent complete() call as code. data-steps
 * counts the characters of the current run; data-tensors is tf.memory().numTensors when the last
 * run ended.
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
      <DemoStage className={s.stage}>
        <DemoVisual className={s.visual}>
          <ModelStatus state={modelState} name="迷你 GPT" />
          {run.completions.length > 0 && run.params ? (
            <GenOutput completions={run.completions} prompt={run.params.prompt} selected={selected} running={running} onSelect={setSelected} />
          ) : (
            <IdleOutput prompt={values.prompt} />
          )}
          {loaded ? (
            <p className={s.help} data-held-out="">
              {heldOutSummary(loaded.manifest.training, loaded.manifest.config.vocabSize)}
            </p>
          ) : null}
          {run.error ? (
            <p className={s.notice} role="alert">
              {run.error}
            </p>
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
        </DemoVisual>

        <RunBar label="生成">
          <button type="button" className="play" data-demo-run="" onClick={generate} disabled={!model || !!stopError || running}>
            <Icon name="play" /> 生成
          </button>
          <button type="button" onClick={stop} disabled={!running}>
            <Icon name="stop" /> 停止
          </button>
          <span className={s.summary} role="status">
            {runSummary(run)}
          </span>
        </RunBar>

        <DemoSide>
          <GenEssentials />
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
          <MoreParams>
            <GenMoreControls />
          </MoreParams>
        </DemoSide>

        {hidden.has('code') ? null : (
          <figure className={s.code}>
            <figcaption>与当前参数等价的调用（和正文中的代码相同）：</figcaption>
            <pre tabIndex={0}>
              <code>{callCode(params)}</code>
            </pre>
          </figure>
        )}
      </DemoStage>
    </div>
  );
}
