'use client';

import { useId } from 'react';
import { classify } from '@/lib/models/bert';
import type { MiniModel } from '@/lib/models/mini-model';
import { naiveBayesScores } from '@/lib/models/naive-bayes';
import { AGREEMENT_LABEL, EXAMPLES, argMax, inputNotices, percent, type spec } from '@/lib/demos/mini-bert/params';
import { Icon } from '../kit/icons';
import { Notices, ProbCells, ProbHead } from '../kit/model-parts';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import { loadNaiveBayes } from './data';
import s from '../kit/model-demo.module.css';

interface Props {
  model: MiniModel;
  /** Bumped by 预测: the same sentence is classified again. */
  round: number;
  onPredicted: () => void;
}

/** A figure of the training record, if the manifest has it. */
const figure = (model: MiniModel, key: string) => {
  const v = model.manifest.training[key];
  return typeof v === 'number' ? v : null;
};

/**
 * Classification: a sentence → the fine-tuned head's probability for each chapter (labels are the
 * model's id2label), beside the character naive-Bayes baseline's, as a table with bars; each one's
 * most probable chapter is marked. Under it, both classifiers' accuracy on the held-out windows
 * (from the manifest) and example sentences chosen by scripts/pick-bert-examples.ts.
 */
export function ClassifyPanel({ model, round, onPredicted }: Props) {
  const { values, set } = useDemo<typeof spec>();
  const text = values.cls;
  const titleId = useId();
  const key = text.trim() === '' ? null : JSON.stringify([text, round]);
  // The baseline beside BERT; if its file cannot be had, BERT's answer still shows, with the reason.
  const { value, busy } = useComputation(
    key,
    async () => {
      const [bert, naiveBayes] = await Promise.all([
        classify(model, [text]),
        loadNaiveBayes().then(
          (nbModel) => ({ scores: naiveBayesScores(nbModel, text), error: null }),
          (e: Error) => ({ scores: null, error: e.message }),
        ),
      ]);
      return { ...bert, naiveBayes };
    },
    { debounceMs: TYPING_DEBOUNCE_MS, onDone: onPredicted },
  );
  const probs = value?.probs[0] ?? [];
  const best = argMax(probs);
  const nb = value?.naiveBayes.scores ?? null;
  const bertAccuracy = figure(model, 'clsHeldOutAccuracy');
  const nbAccuracy = figure(model, 'naiveBayesHeldOutAccuracy');
  const windows = figure(model, 'clsHeldOutExamples');

  return (
    <section className={`${s.section} ${s.classifyPanel}`} aria-labelledby={titleId}>
      <p id={titleId} className={s.sectionTitle}>
        分类：这句话出自哪一章？
      </p>
      <ParamControl name="cls" />
      <div className={s.examples} data-examples="">
        <span className={s.exampleKind}>例句：</span>
        {EXAMPLES.classify.examples.map((e) => (
          <button key={e.text} type="button" data-right={e.right} title={e.text} onClick={() => set({ cls: e.text })}>
            {AGREEMENT_LABEL[e.right]}
          </button>
        ))}
      </div>
      {key === null ? (
        <p className={s.hint} role="status">
          请输入一句话，看模型认为它出自哪一章。
        </p>
      ) : value ? (
        <div className={busy ? s.busy : undefined} aria-busy={busy} data-classification="">
          <Notices items={inputNotices(value.inputs[0], model.config.ctx - 1)} />
          <table className={`${s.probs} ${s.twoProbs}`}>
            <caption className="visually-hidden">十个章节各自的概率：迷你 BERT 与朴素贝叶斯</caption>
            <ProbHead first={['章节']} probs={['迷你 BERT', '朴素贝叶斯']} />
            <tbody>
              {value.id2label.map((name, i) => (
                <tr key={name} className={i === best ? s.hit : undefined} data-predicted={i === best ? '' : undefined} data-naive-bayes={nb?.best === i ? '' : undefined}>
                  <th scope="row">
                    {name}
                    {i === best ? (
                      <span className={s.tag}>
                        <Icon name="arrowLeft" /> BERT
                      </span>
                    ) : null}
                    {nb?.best === i ? <span className={s.tag}>贝叶斯</span> : null}
                  </th>
                  <ProbCells p={probs[i]} />
                  {nb ? <ProbCells p={nb.probs[i]} /> : <td>—</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <p className={s.note}>
            迷你 BERT 的判断：<strong>{value.id2label[best]}</strong>（{percent(probs[best])}）。
            {nb ? (
              <>
                朴素贝叶斯（只数每章里各个字出现的次数）的判断：<strong data-naive-bayes-answer="">{value.id2label[nb.best]}</strong>（{percent(nb.probs[nb.best])}）。
              </>
            ) : null}
          </p>
          {value.naiveBayes.error ? <Notices items={[value.naiveBayes.error]} /> : null}
        </div>
      ) : (
        <p className={s.hint}>正在计算…</p>
      )}
      {bertAccuracy !== null && nbAccuracy !== null && windows !== null ? (
        <p className={s.figures} data-held-out-accuracy="">
          在训练时留出、模型没见过的 {windows} 个 32 字片段上：迷你 BERT 答对 {percent(bertAccuracy, 1)}，朴素贝叶斯答对 {percent(nbAccuracy, 1)}，随机猜是 10%。
        </p>
      ) : null}
    </section>
  );
}
