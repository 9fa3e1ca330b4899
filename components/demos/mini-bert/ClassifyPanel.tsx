'use client';

import { useId } from 'react';
import { classify, type EncoderModel } from '@/lib/models/bert';
import { argMax, inputNotices, percent, type spec } from '@/lib/demos/mini-bert/params';
import { Icon } from '../kit/icons';
import { Notices, ProbCells, ProbHead } from '../kit/model-parts';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import s from '../kit/model-demo.module.css';

interface Props {
  model: EncoderModel;
  /** Bumped by 预测: the same sentence is classified again. */
  round: number;
  onPredicted: () => void;
}

/**
 * Classification: a sentence → the fine-tuned head's probability for each chapter (labels are the
 * model's id2label), as a table with bars; the most probable chapter is marked.
 */
export function ClassifyPanel({ model, round, onPredicted }: Props) {
  const text = useDemo<typeof spec>().values.cls;
  const titleId = useId();
  const key = text.trim() === '' ? null : JSON.stringify([text, round]);
  const { value, busy } = useComputation(key, () => classify(model, [text]), { debounceMs: TYPING_DEBOUNCE_MS, onDone: onPredicted });
  const probs = value?.probs[0] ?? [];
  const best = argMax(probs);

  return (
    <section className={s.section} aria-labelledby={titleId}>
      <p id={titleId} className={s.sectionTitle}>
        分类：这句话出自哪一章？
      </p>
      <ParamControl name="cls" />
      {key === null ? (
        <p className={s.hint} role="status">
          请输入一句话，看模型认为它出自哪一章。
        </p>
      ) : value ? (
        <div className={busy ? s.busy : undefined} aria-busy={busy} data-classification="">
          <Notices items={inputNotices(value.inputs[0], model.config.ctx - 1)} />
          <table className={s.probs}>
            <caption className="visually-hidden">十个章节各自的概率</caption>
            <ProbHead first={['章节']} />
            <tbody>
              {value.id2label.map((name, i) => (
                <tr key={name} className={i === best ? s.hit : undefined} data-predicted={i === best ? '' : undefined}>
                  <th scope="row">
                    {name}
                    {i === best ? (
                      <span className={s.tag}>
                        <Icon name="arrowLeft" /> 预测
                      </span>
                    ) : null}
                  </th>
                  <ProbCells p={probs[i]} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className={s.note}>
            模型的判断：<strong>{value.id2label[best]}</strong>（{percent(probs[best])}）。
          </p>
        </div>
      ) : (
        <p className={s.hint}>正在计算…</p>
      )}
    </section>
  );
}
