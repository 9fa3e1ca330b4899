'use client';

import { useCallback, useMemo, useRef } from 'react';
import { MINI_BERT_PARAMS as P, asEncoder } from '@/lib/demos/mini-bert/params';
import { useDemo } from '../shell/DemoContext';
import { useDemoParams } from '../shell/useDemoParams';
import { ModelStatus } from '../kit/ModelStatus';
import { useModel } from '../kit/useModel';
import { ClassifyPanel } from './ClassifyPanel';
import { FillMaskPanel } from './FillMaskPanel';
import s from '../kit/model-demo.module.css';

/**
 * The mini BERT (chapter 6, §3.2), live on the book's own weights: masked-character prediction
 * (click characters to mask them) and chapter classification. The sentence, the masked positions and
 * the sentence to classify are in the URL (`?bert.masks=3,7`). data-steps counts the predictions made
 * (one per masked position per run, one per classification). `?hide=text,cls` hides the inputs.
 */
export default function MiniBert() {
  const { info, reportSteps, notify, hidden } = useDemo();
  const { values, set } = useDemoParams(P, info.ns);
  const state = useModel('bert');
  const model = useMemo(() => (state.model ? asEncoder(state.model) : null), [state.model]);

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
          <FillMaskPanel model={model} text={values.text} masks={values.masks} label={P.text.label} hideInput={hidden.has('text')} set={set} notify={notify} onPredicted={count} />
          <ClassifyPanel model={model} text={values.cls} label={P.cls.label} hideInput={hidden.has('cls')} onChange={(cls) => set({ cls })} onPredicted={() => count(1)} />
        </>
      ) : null}
    </div>
  );
}
