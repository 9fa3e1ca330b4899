'use client';

import { useEffect, useMemo, useRef } from 'react';
import { MODELS, optimum, placeModel, ruleOfThumb } from '@/lib/demos/compute-budget/chinchilla';
import { accelerator, trainingCost } from '@/lib/demos/compute-budget/hardware';
import { sci } from '@/lib/demos/compute-budget/ticks';
import { percent } from '@/lib/demos/format';
import type { spec } from '@/lib/demos/compute-budget/params';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { IsoFlopChart } from './IsoFlopChart';
import { BudgetTable, Results } from './Results';
import chart from '../kit/chart.module.css';
import s from './ComputeBudget.module.css';

const PLACED = MODELS.map((m) => placeModel(m));

/**
 * Chapter 2's compute calculator: a budget C on a log slider, the Chinchilla fit's iso-FLOP curves
 * with the budget's optimum and the known models on them, and what the budget costs in time and
 * money on a chosen accelerator. Everything recomputes as the reader moves a control.
 */
export default function ComputeBudgetDemo() {
  const { values, hidden, reportSteps } = useDemo<typeof spec>();
  const hw = accelerator(values.hw);
  const best = useMemo(() => optimum(values.c), [values.c]);
  const rule = useMemo(() => ruleOfThumb(values.c), [values.c]);
  const cost = trainingCost(values.c, hw.peak, values.mfu, values.gpus, values.price);

  // One "step" per recomputation: tests and tools see the demo follow its controls.
  const runs = useRef(0);
  const key = JSON.stringify(values);
  useEffect(() => reportSteps((runs.current += 1)), [key, reportSteps]);

  return (
    <DemoStage layout="single">
      <DemoVisual>
        <IsoFlopChart budget={values.c} best={best} rule={rule} models={PLACED} showModels={!hidden.has('models')} />
        <p className={chart.legend}>
          细线：C = 10¹⁸ … 10²⁶ 的等算力曲线（D = C/6N），点为各自最低处；粗线：你的预算；大圆点：拟合最优；方块：D ≈ 20N
          {hidden.has('models') ? '' : '；三角：已知模型'}。
        </p>
      </DemoVisual>
      <RunBar label="算力预算">
        <div className={s.budget} data-demo-run="">
          <ParamControl name="c" format={(v) => `${sci(v)} FLOP`} />
        </div>
      </RunBar>
      <DemoSide className={chart.side}>
        <div>
          <ParamControl name="hw" />
          <ParamControl name="mfu" format={(v) => percent(v, 0)} />
          <MoreParams summary="卡数与价格">
            <ParamControl name="gpus" />
            <ParamControl name="price" />
          </MoreParams>
        </div>
        <Results budget={values.c} best={best} rule={rule} cost={cost} hw={hw} mfu={values.mfu} gpus={values.gpus} price={values.price} showFormula={!hidden.has('formula')} />
      </DemoSide>
      {hidden.has('table') ? null : (
        <BudgetTable best={best} rule={rule} models={hidden.has('models') ? [] : PLACED} gpuDaysOf={(c) => trainingCost(c, hw.peak, values.mfu, 1, 0).gpuDays} />
      )}
    </DemoStage>
  );
}
