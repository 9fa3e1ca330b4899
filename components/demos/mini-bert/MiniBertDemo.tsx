'use client';

import { useCallback, useRef, useState } from 'react';
import { EXAMPLES, PARAMS, type spec } from '@/lib/demos/mini-bert/params';
import { defaults } from '@/lib/demos/params';
import { useDemo } from '../shell/DemoContext';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import { Icon } from '../kit/icons';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { ClassifyPanel } from './ClassifyPanel';
import { FillMaskInput, FillMaskPanel } from './FillMaskPanel';
import s from '../kit/model-demo.module.css';

const START = defaults(PARAMS);

/**
 * The mini BERT (chapter 6, §3.2), live on the book's own weights. Laid out with the demo kit: the
 * picture is the sentence (click characters to mask them) with the model's top 5 for every mask;
 * the run bar predicts again (预测) or goes back to the starting sentences (重置); beside it, the
 * sentence's text field and the chapter classifier. Predictions also follow every change by
 * themselves. The sentence, the masked positions and the sentence to classify are in the URL
 * (`?mini-bert.masks=3,7`). data-steps counts the predictions made (one per masked position per
 * run, one per classification). `?hide=text,cls` hides the inputs, `?hide=fill` or
 * `?hide=classify` a whole panel.
 */
export default function MiniBertDemo() {
  const { reportSteps, hidden, set } = useDemo<typeof spec>();
  const state = useModel('bert');
  const model = state.model;
  const [round, setRound] = useState(0);

  const steps = useRef(0);
  const count = useCallback(
    (n: number) => {
      steps.current += n;
      reportSteps(steps.current);
    },
    [reportSteps],
  );

  return (
    <div className={s.root}>
      <DemoStage className={s.bertStage}>
        <DemoVisual>
          <ModelStatus state={state} name="迷你 BERT" />
          {model && !hidden.has('fill') ? <FillMaskPanel model={model} round={round} onPredicted={count} /> : null}
        </DemoVisual>
        <RunBar label="预测">
          <button type="button" className="play" data-demo-run="" disabled={!model} onClick={() => setRound((r) => r + 1)}>
            <Icon name="play" /> 预测
          </button>
          <button type="button" onClick={() => set({ text: START.text, masks: START.masks, cls: START.cls })}>
            <Icon name="reset" /> 重置
          </button>
          <span className={s.runNote}>改动后自动预测</span>
        </RunBar>
        <DemoSide>
          {model && !hidden.has('fill') ? <FillMaskInput model={model} /> : null}
          {model && !hidden.has('classify') ? <ClassifyPanel model={model} round={round} onPredicted={() => count(1)} /> : null}
          <p className={s.note} data-examples-note="">
            {`开头的两句话和例句由脚本（scripts/pick-bert-examples.ts）从训练时留出的文本中挑出，都是按模型实测的答案选的，不是手挑的。` +
              `在 ${EXAMPLES.sentences.count} 个留出的句子上，迷你 BERT 分对了 ${EXAMPLES.sentences.bertRight} 句，朴素贝叶斯分对了 ${EXAMPLES.sentences.naiveBayesRight} 句。`}
          </p>
        </DemoSide>
      </DemoStage>
    </div>
  );
}
