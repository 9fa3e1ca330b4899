'use client';

import { useId } from 'react';
import { encodeForBert, fillMask, type EncoderModel, type MaskPrediction } from '@/lib/models/bert';
import type { MiniModel } from '@/lib/models/mini-model';
import {
  TOP_K, inputNotices, maskedText, percent, rankOf, sentenceChars, shownChar, splitMasks, toggleMask,
  type spec,
} from '@/lib/demos/mini-bert/params';
import { Icon } from '../kit/icons';
import { Notices, ProbCells, ProbHead } from '../kit/model-parts';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import s from '../kit/model-demo.module.css';

/** The sentence as the model reads it: its characters, those within the context, the masks that exist. */
function useSentence(model: EncoderModel) {
  const { values } = useDemo<typeof spec>();
  const room = model.config.ctx - 1;
  const { chars, hadMaskText } = sentenceChars(values.text);
  const shown = chars.slice(0, room);
  const { kept } = splitMasks(values.masks, shown.length);
  return { room, chars, hadMaskText, shown, kept };
}

/**
 * The fill-mask sentence's text field, with the notices about it (a typed [MASK], characters the
 * model does not know, characters beyond its context). Masks beyond a shortened sentence are dropped.
 */
export function FillMaskInput({ model }: { model: EncoderModel }) {
  const { set } = useDemo<typeof spec>();
  const { room, chars, hadMaskText, kept } = useSentence(model);
  const input = encodeForBert(model.vocab, chars.join(''), model.config.ctx);
  const notices = [...(hadMaskText ? ['句子里的「[MASK]」字样已去掉：要遮住一个字，请点击它。'] : []), ...inputNotices(input, room)];
  const changeText = (t: string) => set({ text: t, masks: splitMasks(kept, Math.min(room, sentenceChars(t).chars.length)).kept });
  return (
    <>
      <ParamControl name="text" onChange={changeText} />
      <Notices items={notices} />
    </>
  );
}

interface Props {
  model: MiniModel;
  /** Bumped by 预测: the same sentence is predicted again. */
  round: number;
  /** Called with the number of masked positions predicted by each finished run. */
  onPredicted: (n: number) => void;
}

/**
 * Masked-character prediction, the demo's picture: the sentence as one toggle button per character
 * (pressed = masked); for every [MASK], the model's top 5 characters with probabilities, and where
 * the original character ranks among all of them.
 */
export function FillMaskPanel({ model, round, onPredicted }: Props) {
  const { set } = useDemo<typeof spec>();
  const { chars, shown, kept } = useSentence(model);
  const titleId = useId();
  const unknown = new Set(encodeForBert(model.vocab, chars.join(''), model.config.ctx).unknown);

  const masked = maskedText(chars, kept);
  const key = shown.length > 0 && kept.length > 0 ? JSON.stringify([masked, round]) : null;
  // The whole ranking (k = vocabulary size): the top 5 are shown, and the original character's rank.
  const { value, busy } = useComputation(key, async () => ({ chars, preds: await fillMask(model, masked, model.config.vocabSize) }), {
    debounceMs: TYPING_DEBOUNCE_MS,
    onDone: (r) => onPredicted(r.preds.length),
  });

  return (
    <section className={s.section} aria-labelledby={titleId}>
      <p id={titleId} className={s.sectionTitle}>
        完形填空：遮住一个字，让模型猜
      </p>
      {shown.length === 0 ? (
        <p className={s.hint} role="status">
          请先输入一句话。
        </p>
      ) : (
        <div className={s.chars} role="group" aria-label="句子中的字：按下一个字即把它遮住（[MASK]）">
          {shown.map((c, i) => {
            const on = kept.includes(i);
            return (
              <button
                key={i}
                type="button"
                className={`${s.char} ${unknown.has(c) ? s.unknownChar : ''}`}
                aria-pressed={on}
                data-pos={i}
                title={`位置 ${i}${unknown.has(c) ? '（字表里没有）' : ''}`}
                onClick={() => set({ masks: toggleMask(kept, i) })}
              >
                {on ? <span className={s.maskWord}>[MASK]</span> : null}
                <span className={on ? s.origSmall : undefined}>{shownChar(c)}</span>
              </button>
            );
          })}
        </div>
      )}
      {shown.length > 0 && kept.length === 0 ? <p className={s.hint}>点击上面的字把它遮住，模型会给出它猜的前 {TOP_K} 个字。</p> : null}
      {key !== null && value ? (
        <div className={`${s.cards} ${busy ? s.busy : ''}`} aria-busy={busy} data-predictions="">
          {value.preds.map((pred) => (
            <PredictionCard key={pred.position} pred={pred} original={value.chars[pred.position]} />
          ))}
        </div>
      ) : key !== null ? (
        <p className={s.hint}>正在计算…</p>
      ) : null}
      <MaskFigures model={model} />
    </section>
  );
}

function PredictionCard({ pred, original }: { pred: MaskPrediction; original: string }) {
  const top = pred.top.slice(0, TOP_K);
  const found = rankOf(pred.top, original);
  return (
    <div className={s.card} data-position={pred.position}>
      <table className={s.probs}>
        <caption className={s.cardTitle}>
          位置 {pred.position} 的 [MASK]（原字「{shownChar(original)}」）
        </caption>
        <ProbHead first={['名次', '字']} />
        <tbody>
          {top.map((c, r) => {
            const hit = c.token === original;
            return (
              <tr key={c.id} className={hit ? s.hit : undefined} data-token={c.token}>
                <td>{r + 1}</td>
                <th scope="row">
                  {shownChar(c.token)}
                  {hit ? (
                    <span className={s.tag}>
                      <Icon name="check" /> 原字
                    </span>
                  ) : null}
                </th>
                <ProbCells p={c.p} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={s.rankNote}>
        {found === null
          ? `原字「${shownChar(original)}」不在模型的字表里，模型不可能猜中。`
          : found.rank <= TOP_K
            ? `原字排第 ${found.rank} 名。`
            : `原字「${shownChar(original)}」不在前 ${TOP_K} 名：排第 ${found.rank} 名，概率 ${percent(found.p)}。`}
      </p>
    </div>
  );
}

/** How often the model fills in held-out characters right (the training record's figures). */
function MaskFigures({ model }: { model: MiniModel }) {
  const { mlmHeldOutTop1: top1, mlmHeldOutTop5: top5 } = model.manifest.training;
  if (typeof top1 !== 'number' || typeof top5 !== 'number') return null;
  return (
    <p className={s.figures} data-held-out-masked="">
      在模型没见过的留出文本里随机遮住 15% 的字：它把原字排第一的占 {percent(top1, 1)}，排进前 {TOP_K} 名的占 {percent(top5, 1)}。
    </p>
  );
}
