'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatLoss, formatRate, formatSpeed, formatWait, matchPreset, secondsToNextSample, TRAIN_PRESETS, trainSetup, type spec } from '@/lib/demos/gpt-train/params';
import { HOLD_TEXT } from '@/lib/demos/gpt-train/pause';
import { int } from '@/lib/demos/format';
import { NumbersTable } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { Icon } from '../kit/icons';
import { PresetPicker } from '../kit/PresetPicker';
import { useDemo } from '../shell/DemoContext';
import { LossChart } from '../kit/LossChart';
import { TrainEssentials, TrainMoreControls } from './TrainControls';
import { TrainSamples } from './TrainSamples';
import { useAutoPause } from './useAutoPause';
import { useTrainWorker } from './useTrainWorker';
import s from './train.module.css';

/**
 * Train a mini GPT from scratch (chapter 6, §3.1). A Web Worker trains a fresh character-level GPT
 * on the book's prose with lib/models' Trainer; this thread only shows what it reports. Laid out
 * with the demo kit: the picture is the step with a progress bar, the speed and the wait to the
 * next sample, the loss curves (training and held-out, against ln V) and the samples made every
 * 100 steps, newest first; the run bar starts, pauses, steps and resets; beside it, the presets
 * (快速, about 20 s; 标准, the defaults), the learning rate and d_model, the rest folded. Training
 * pauses by itself while the demo is off the screen or the tab is hidden (useAutoPause). data-steps
 * counts the steps of the current model; data-tensors and data-baseline-tensors are the worker's
 * tensor count now and right after the model was made.
 */
export default function GptTrainDemo() {
  const { values, set, backend, reportSteps, hidden } = useDemo<typeof spec>();
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;

  const setup = useMemo(() => trainSetup(values), [values]);
  const { state, playing, setPlaying, step, reset } = useTrainWorker(backend.backend, setup, setError);
  useEffect(() => reportSteps(state.step), [state.step, reportSteps]);
  const root = useRef<HTMLDivElement>(null);
  const { heldFor, release } = useAutoPause(root, playing, setPlaying);
  // The reader's own play, pause, step and reset: after them nothing resumes by itself.
  const toggle = useCallback(() => {
    release();
    setPlaying(!playing);
  }, [release, setPlaying, playing]);
  const stepOnce = useCallback(() => {
    release();
    step();
  }, [release, step]);
  const resetRun = useCallback(() => {
    release();
    reset();
  }, [release, reset]);
  const preset = matchPreset(values);

  const uniform = state.ready ? Math.log(state.ready.vocabSize) : NaN;
  const train = state.train[state.train.length - 1];
  const held = state.heldOut[state.heldOut.length - 1];
  const finished = state.step >= setup.totalSteps;
  const started = state.generation > 0;
  // Until the new model's step-0 held-out loss and sample are in, its picture is still growing.
  const settling = !started || state.heldOut.length === 0 || state.samples.length === 0;
  const playLabel = playing ? '暂停' : state.step > 0 && !finished ? '继续训练' : '开始训练';
  const wait = playing ? secondsToNextSample(state.step, setup.totalSteps, state.stepsPerSecond) : null;

  return (
    <div ref={root} className={s.root} aria-busy={settling} data-tensors={state.tensors ?? undefined} data-baseline-tensors={state.baselineTensors ?? undefined}>
      <DemoStage className={s.stage}>
        <DemoVisual className={s.visual}>
          <p className={s.stats} data-testid="gt-stats">
            <span>
              第 <strong>{state.step}</strong> / {setup.totalSteps} 步{finished ? '（已完成）' : ''}
            </span>{' '}
            · <span>学习率 {state.learningRate === null ? '—' : formatRate(state.learningRate)}</span> ·{' '}
            <span>速度 {formatSpeed(state.stepsPerSecond)} 步/秒</span> · <span data-testid="gt-wait">距下一条样例 {formatWait(wait)}</span> ·{' '}
            <span>训练损失 {formatLoss(train?.loss)}</span> · <span>留出损失 {formatLoss(held?.loss)}</span>
          </p>
          <progress className={s.progress} value={Math.min(state.step, setup.totalSteps)} max={setup.totalSteps} aria-label="训练进度（已完成的步数）" />
          <p className={s.pauseNote} role="status" data-testid="gt-held">
            {heldFor ? HOLD_TEXT[heldFor] : ''}
          </p>
          {hidden.has('chart') ? null : state.ready ? (
            <LossChart
              series={[
                { name: '训练损失（最近几步的平均）', color: 'var(--accent)', points: state.train.map((p) => ({ x: p.step, y: p.loss })) },
                { name: '留出损失（没参与训练的段落）', color: 'var(--exercise)', dash: '6 3', dots: true, points: state.heldOut.map((p) => ({ x: p.step, y: p.loss })) },
              ]}
              xLabel="训练步数"
              yLabel="交叉熵损失（nats/字）"
              scale="linear"
              reference={{ y: uniform, label: `均匀猜测 ln V = ${uniform.toFixed(2)}` }}
              xMax={Math.max(state.step, 100)}
              yCap={2 * uniform}
              height={230}
              table={hidden.has('table') ? undefined : { caption: '损失曲线的数值', x: '步数' }}
            />
          ) : (
            <p className={s.chartWait}>正在启动训练线程并下载语料…</p>
          )}
          {hidden.has('samples') ? null : <TrainSamples samples={state.samples} />}
        </DemoVisual>

        {hidden.has('play') ? null : (
          <RunBar label="训练">
            <button type="button" className="play" data-demo-run="" onClick={() => started && toggle()} disabled={!started || (finished && !playing)}>
              <Icon name={playing ? 'pause' : 'play'} /> {playLabel}
            </button>
            <button type="button" onClick={stepOnce} disabled={playing || !started}>
              <Icon name="step" /> 单步
            </button>
            <button type="button" onClick={resetRun} disabled={!started}>
              <Icon name="reset" /> 重置
            </button>
          </RunBar>
        )}

        <DemoSide>
          <p className={s.intro}>
            一个参数完全随机的迷你 GPT，用本书的正文学习「预测下一个字」。损失从 ln V（在 V 个字里均匀瞎猜）附近开始下降；每隔 100 步，它用当时的参数续写一次「模型」，看乱码怎样一步步变得像中文。预设「快速」约 20 秒练完；「标准」要几分钟，写得更像样。
          </p>
          {hidden.has('preset') ? null : (
            <PresetPicker presets={TRAIN_PRESETS} value={preset?.key ?? ''} onChange={(key) => set(TRAIN_PRESETS.find((p) => p.key === key)!.values)} label="预设" run={false} />
          )}
          <TrainEssentials />
          <MoreParams>
            <TrainMoreControls />
          </MoreParams>
          <p className={s.where}>{state.ready ? `训练在后台线程（Web Worker）中运行，计算：${state.ready.backend.toUpperCase()}。` : '正在启动训练线程…'}</p>
          {state.ready && started ? (
            <p className={s.model}>
              模型：{setup.nLayers} 层，d_model {setup.dModel}，{setup.nHeads} 个头，上下文 {setup.ctx} 字，共 {int(state.parameters)} 个参数；词表 V ={' '}
              {int(state.ready.vocabSize)} 个字符；训练语料 {int(state.ready.trainChars)} 字，留出 {int(state.ready.heldOutChars)} 字。
            </p>
          ) : null}
        </DemoSide>

        {hidden.has('table') ? null : (
          <NumbersTable
            caption="留出损失"
            head={['步数', '留出损失（nats/字）', '相当于在几个字里均匀猜（e^损失）']}
            rows={state.heldOut.map((p) => [String(p.step), p.loss, int(Math.exp(p.loss))])}
          />
        )}
      </DemoStage>
    </div>
  );
}
