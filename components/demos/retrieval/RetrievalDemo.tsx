'use client';

import { useRef } from 'react';
import { EXAMPLES, PARAMS as P, shorten, type spec } from '@/lib/demos/retrieval/params';
import { rankBm25, rankCosine, TOP } from '@/lib/demos/retrieval/engine';
import { sentenceVector } from '@/lib/demos/retrieval/embed';
import type { Ranked } from '@/lib/demos/retrieval/rank';
import type { Paragraph } from '@/lib/demos/retrieval/corpus';
import { fixed, int } from '@/lib/demos/format';
import { withBase } from '@/lib/paths';
import type { MiniModel } from '@/lib/models/mini-model';
import { ExampleButtons, TextWithExamples } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import { ModelStatus } from '../kit/ModelStatus';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import { useModel } from '../kit/useModel';
import { useDemo } from '../shell/DemoContext';
import { loadRetrievalData } from './data';
import s from '../kit/model-demo.module.css';
import r from './retrieval.module.css';

interface Result {
  paragraphs: readonly Paragraph[];
  bm25: Ranked[];
  bert: Ranked[];
  /** Characters of the question BERT read, and those cut off. */
  read: number;
  truncated: number;
  unknown: string[];
}

async function compute(model: MiniModel, q: string): Promise<Result> {
  const data = await loadRetrievalData(model.manifest.weights.sha256);
  const v = await sentenceVector(model, q);
  return {
    paragraphs: data.index.paragraphs,
    bm25: rankBm25(data.bm25, q, TOP),
    bert: v.chars > 0 ? rankCosine(data.vectors, data.index.dims, v.vector, TOP) : [],
    read: v.chars,
    truncated: v.truncated,
    unknown: v.unknown,
  };
}

function Column({ name, title, note, ranked, paragraphs, other, digits }: { name: string; title: string; note: string; ranked: Ranked[]; paragraphs: readonly Paragraph[]; other: Set<number>; digits: number }) {
  return (
    <section className={r.column} data-ranking={name} aria-label={title}>
      <h4 className={r.title}>
        {title}
        <span className={r.note}>{note}</span>
      </h4>
      {ranked.length === 0 ? (
        <p className={s.hint} data-empty="">没有一段与问题有共同的字对。</p>
      ) : (
        <ol className={r.list}>
          {ranked.map(({ index, score }) => {
            const p = paragraphs[index];
            return (
              <li key={index} className={r.item} data-paragraph={index}>
                <span className={r.meta}>
                  <span className={r.score} data-score={score}>
                    {fixed(score, digits)}
                  </span>
                  {other.has(index) ? <span className={r.both}>两边都有</span> : null}
                </span>
                <a className={r.link} href={withBase(p.href)} data-retrieval-link="">
                  {p.where} › {p.title}
                </a>
                <span className={r.text}>{shorten(p.text)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/**
 * Retrieval, the first step of RAG (chapter 7): the reader's question against the book's prose
 * paragraphs, ranked two ways side by side — BM25 over the search tokens, and the cosine of
 * mean-pooled mini-BERT sentence vectors (the paragraphs' shipped, the question's computed here on
 * the demo's backend). Each result links to its section. data-steps counts the ranked questions.
 */
export default function RetrievalDemo() {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const state = useModel('bert');
  const model = state.model;
  const runs = useRef(0);
  const q = values.q.trim();
  const { value: run, busy } = useComputation(model && q ? q : null, () => compute(model!, q), {
    debounceMs: TYPING_DEBOUNCE_MS,
    onDone: () => reportSteps((runs.current += 1)),
  });
  const bm25Set = new Set(run?.bm25.map((x) => x.index));
  const bertSet = new Set(run?.bert.map((x) => x.index));
  return (
    <div className={s.root}>
      <DemoStage layout="above">
        <DemoVisual>
          <ModelStatus state={state} name="迷你 BERT" />
          {!q ? <p className={s.hint}>请输入一个问题。</p> : null}
          {model && q && !run ? <p className={s.hint}>正在载入本书段落的向量…</p> : null}
          {run && q ? (
            <div className={`${r.columns} ${busy ? s.busy : ''}`} aria-busy={busy} data-results="">
              {hidden.has('bm25') ? null : (
                <Column name="bm25" title="BM25（字与字对）" note="k₁ = 1.2，b = 0.75" ranked={run.bm25} paragraphs={run.paragraphs} other={bertSet} digits={2} />
              )}
              {hidden.has('bert') ? null : (
                <Column name="bert" title="迷你 BERT 向量的余弦" note={`问题读了 ${int(run.read)} 个字`} ranked={run.bert} paragraphs={run.paragraphs} other={bm25Set} digits={3} />
              )}
            </div>
          ) : null}
          {run && (run.truncated > 0 || run.unknown.length > 0) ? (
            <p className={s.hint}>
              {run.truncated > 0 ? `迷你 BERT 只读前 ${int(run.read)} 个字，后面 ${int(run.truncated)} 个字没有进入向量。` : null}
              {run.unknown.length > 0 ? `迷你 BERT 的字表里没有${run.unknown.map((c) => `「${c}」`).join('')}，这些字按 [UNK]（未知字符）读入。` : null}
            </p>
          ) : null}
        </DemoVisual>
        {/* The question is what starts a computation here (it ranks again as one types): it is the run control. */}
        <RunBar label="输入问题">
          <div className={r.question} data-demo-run="">
            {hidden.has('q') ? null : (
              <TextWithExamples label={`${P.q.label}（最多 ${P.q.maxLength} 个字）`} value={values.q} maxLength={P.q.maxLength} examples={[]} examplesLabel="示例问题" onChange={(q) => set({ q })} />
            )}
          </div>
        </RunBar>
        <DemoSide>
          {hidden.has('q') ? null : (
            <ExampleButtons label="示例问题" examples={EXAMPLES} value={values.q} onPick={(q) => set({ q })} />
          )}
          {run ? (
            <p className={s.hint}>
              在本书 {int(run.paragraphs.length)} 个段落里检索，各取前 {TOP} 个。改动问题后自动重新排序；点标题跳到那一节。
            </p>
          ) : null}
        </DemoSide>
      </DemoStage>
    </div>
  );
}
