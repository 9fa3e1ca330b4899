'use client';

import { useEffect, useMemo, useState } from 'react';
import { tf } from '@/lib/compute/tf';
import { autodiffGradients } from '@/lib/demos/chain-rule/autodiff';
import { Icon, NumbersTable } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { useComputation } from '../kit/useComputation';
import { useDemo } from '../shell/DemoContext';
import {
  STEP_COUNT,
  backward,
  buildSteps,
  finiteDifferences,
  fmt,
  split,
  type spec,
} from '@/lib/demos/chain-rule/params';
import { NetworkSvg } from './NetworkSvg';
import { CheckTable, ParamInputs, StepPanel } from './ChainRuleParts';
import styles from './ChainRule.module.css';

/**
 * The chapter's 2-2-1 example, node by node: the forward pass, then the backward pass with each
 * ∂L/∂w as a product of local derivatives, and finally the hand-applied chain rule beside tfjs autodiff.
 * One column on every screen: the network, the step buttons, then what the step computes.
 */
export default function ChainRuleDemo() {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const [playing, setPlaying] = useState(false);

  const { params, sample } = useMemo(() => split(values), [values]);
  const key = JSON.stringify([params, sample]);
  const steps = useMemo(() => buildSteps(params, sample), [params, sample]);
  const hand = useMemo(() => backward(params, sample).grads, [params, sample]);
  const numeric = useMemo(() => finiteDifferences(params, sample), [params, sample]);
  const done = values.step;

  useEffect(() => reportSteps(done), [done, reportSteps]);

  // Autodiff on the chosen backend whenever the numbers change.
  const auto = useComputation(key, () => autodiffGradients(tf, params, sample));

  // Play: one step every 0.9 s until the end (only when the reader presses play).
  useEffect(() => {
    if (!playing) return;
    if (done >= STEP_COUNT) {
      const t = setTimeout(() => setPlaying(false));
      return () => clearTimeout(t);
    }
    const t = setTimeout(() => set({ step: done + 1 }), 900);
    return () => clearTimeout(t);
  }, [playing, done, set]);

  const go = (step: number) => set({ step: Math.max(0, Math.min(STEP_COUNT, step)) });
  const current = done > 0 ? steps[done - 1] : null;

  return (
    <DemoStage className={styles.stage}>
      <DemoVisual>
        <NetworkSvg steps={steps} done={done} params={params} x={[sample.x1, sample.x2]} />
      </DemoVisual>
      {hidden.has('play') ? null : (
        <RunBar>
          <button type="button" onClick={() => go(done - 1)} disabled={playing || done === 0}>
            <Icon name="back" /> 上一步
          </button>
          <button type="button" data-demo-run="" onClick={() => go(done + 1)} disabled={playing}>
            下一步 <Icon name="step" />
          </button>
          <button
            type="button"
            aria-pressed={playing}
            onClick={() => {
              if (!playing && done >= STEP_COUNT) go(0);
              setPlaying(!playing);
            }}
          >
            <Icon name={playing ? 'pause' : 'play'} /> {playing ? '暂停' : '运行'}
          </button>
          <button type="button" onClick={() => (setPlaying(false), go(0))}>
            <Icon name="reset" /> 重置
          </button>
        </RunBar>
      )}
      <DemoSide>
        <StepPanel step={current} index={done} total={STEP_COUNT} />
        {hidden.has('params') ? null : (
          <MoreParams summary="修改样本与参数">
            <ParamInputs />
          </MoreParams>
        )}
      </DemoSide>
      {done >= STEP_COUNT ? <CheckTable hand={hand} auto={auto.busy ? null : auto.value} numeric={numeric} /> : null}
      {hidden.has('table') ? null : (
        <NumbersTable
          caption="全部中间量与梯度"
          head={['步', '量', '计算', '值']}
          rows={steps.slice(0, STEP_COUNT - 1).map((s, i) => [i + 1, s.symbol, s.formula, fmt(s.value)])}
        />
      )}
    </DemoStage>
  );
}
