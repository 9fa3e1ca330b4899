'use client';

import { useCallback, useRef } from 'react';
import { useDemo } from '../shell/DemoContext';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { ClassifyPanel } from './ClassifyPanel';
import { FillMaskPanel } from './FillMaskPanel';
import s from '../kit/model-demo.module.css';

/**
 * The mini BERT (chapter 6, §3.2), live on the book's own weights: masked-character prediction
 * (click characters to mask them) and chapter classification. The sentence, the masked positions and
 * the sentence to classify are in the URL (`?bert.masks=3,7`). data-steps counts the predictions made
 * (one per masked position per run, one per classification). `?hide=text,cls` hides the inputs,
 * `?hide=fill` or `?hide=classify` a whole panel.
 */
export default function MiniBertDemo() {
  const { reportSteps, hidden } = useDemo();
  const state = useModel('bert');
  const model = state.model;

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
      <ModelStatus state={state} name="迷你 BERT" />
      {model ? (
        <>
          {hidden.has('fill') ? null : <FillMaskPanel model={model} onPredicted={count} />}
          {hidden.has('classify') ? null : <ClassifyPanel model={model} onPredicted={() => count(1)} />}
        </>
      ) : null}
    </div>
  );
}
