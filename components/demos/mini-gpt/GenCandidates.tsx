'use client';

import type { Candidate, CompletionParams, TokenStep } from '@/lib/models/gpt';
import { formatProb, spokenToken, visibleToken } from '@/lib/demos/mini-gpt/params';
import { Icon } from '../kit/icons';
import s from './gen.module.css';

/** One distribution's top 5 as a table: rank, character, probability (number and bar), which was chosen. */
function CandidateTable({ caption, candidates, chosen, note }: { caption: string; candidates: Candidate[]; chosen: number; note?: string }) {
  return (
    <figure className={s.candidates}>
      <table className={s.candidateTable}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">名次</th>
            <th scope="col">字符</th>
            <th scope="col">概率</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c, i) => (
            <tr key={c.id} className={c.id === chosen ? s.chosen : undefined} data-token={c.token} data-p={c.p}>
              <td>{i + 1}</td>
              <th scope="row">
                <span aria-hidden="true">{visibleToken(c.token)}</span>
                <span className="visually-hidden">{spokenToken(c.token)}</span>
                {c.id === chosen ? <span className={s.chosenMark}>
                    <Icon name="check" />
                    选中
                  </span> : null}
              </th>
              <td className={s.probCell}>
                <span className={s.bar} style={{ width: `${(c.p * 100).toFixed(1)}%` }} aria-hidden="true" />
                <span className={s.prob}>{formatProb(c.p)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <figcaption className={s.help}>{note}</figcaption> : null}
    </figure>
  );
}

/**
 * For one generated token: the model's own top 5 (softmax at T = 1) beside the top 5 of the
 * distribution actually sampled from (after temperature and top_p), the chosen one marked in both.
 */
export function GenCandidates({ step, params }: { step: TokenStep; params: CompletionParams }) {
  const greedy = params.temperature === 0;
  const sampled = step.sampled.filter((c) => c.p > 0);
  const outsideTop = !step.top.some((c) => c.id === step.id);
  return (
    <div className={s.candidatePair}>
      <CandidateTable
        caption="模型自身的分布（T = 1）"
        candidates={step.top}
        chosen={step.id}
        note={outsideTop ? `选中的${spokenToken(step.token)}不在这前 5 个里。` : undefined}
      />
      <CandidateTable
        caption={greedy ? '实际的选择（T = 0，贪心）' : `实际采样的分布（T = ${params.temperature}，top_p = ${params.top_p}）`}
        candidates={sampled}
        chosen={step.id}
        note={greedy ? '温度为 0：直接取概率最大的字符，不做随机抽取。' : `top_p 保留了概率最高的 ${step.kept} 个字符，重新归一化后从中抽取。`}
      />
    </div>
  );
}
