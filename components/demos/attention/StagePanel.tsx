'use client';

import type { ReactNode } from 'react';
import type { Stage } from '@/lib/demos/attention/params';
import type { AttentionRun } from '@/lib/demos/attention/compute';
import { pairLabel, vectorLabel } from '@/lib/demos/attention/format';
import { HeatGrid } from './HeatGrid';
import s from './AttentionExplorer.module.css';

type Fmt = (v: number) => string;

export const PAIR_AXES = '行：查询词元；列：键词元';

/** What one stage of the pipeline shows for head `head` (0-based) of a run. */
export function StagePanel({ stage, run, head }: { stage: Stage; run: AttentionRun; head: number }) {
  const { tokens, dk, dModel, heads, causal, scale } = run;
  const h = run.perHead[head];
  const dims = (d: number) => Array.from({ length: d }, (_, j) => String(j + 1));
  const headName = heads > 1 ? `（头 ${head + 1}）` : '';
  const vec = (caption: string, m: number[][], what: string) => (
    <HeatGrid
      caption={caption}
      matrix={m}
      rowLabels={tokens}
      colLabels={dims(m[0].length)}
      mode="signed"
      rowsAre="行：词元；列：维度"
      cellLabel={(i, j, v, fmt?: Fmt) => vectorLabel(tokens, i, j, what, v, fmt)}
    />
  );
  const pair = (caption: string, m: number[][], what: string, mode: 'prob' | 'signed' = 'signed') => (
    <HeatGrid caption={caption} matrix={m} rowLabels={tokens} colLabels={tokens} mode={mode} rowsAre={PAIR_AXES} cellLabel={(i, j, v, fmt?: Fmt) => pairLabel(tokens, i, j, what, v, fmt)} />
  );
  const root = Math.sqrt(dk);
  const gpt = run.gptLayer;

  let text: ReactNode;
  let grids: ReactNode;
  switch (stage) {
    case 'tokens':
      text = gpt ? (
        <>句子被切成 {tokens.length} 个字符：迷你 GPT 的词元就是单个字符（空白不计）。</>
      ) : (
        <>句子被切成 {tokens.length} 个词元：每个汉字一个，英文单词和数字整体一个，标点单独一个（真实模型用学到的子词表，如 BPE）。</>
      );
      grids = (
        <ol className={s.tokens}>
          {tokens.map((t, i) => (
            <li key={i}>
              <span className={s.tokenIndex}>{i + 1}</span>
              {t}
            </li>
          ))}
        </ol>
      );
      break;
    case 'embed':
      text = gpt ? (
        <>
          E 是迷你 GPT 训练好的 d<sub>model</sub> = {dModel} 维字符向量，P 是它学到的位置向量（不是正弦编码）。模型在计算 Q、K、V 之前先做层归一化，第 {gpt} 层的输入还经过了前面 {gpt - 1} 层，所以这里的 X 是第 {gpt} 层的 LN₁ 输出{gpt === 1 ? '，即 LN₁(E + P)' : ''}。
        </>
      ) : (
        <>
          每个词元查到一个 d<sub>model</sub> = {dModel} 维的嵌入向量 E（这里由词元文字的哈希决定，同一个词元永远是同一个向量），再加上正弦位置编码 P，得到输入 X = E + P。
        </>
      );
      grids = (
        <>
          {vec(gpt ? 'E：字符向量' : 'E：词元嵌入', run.e, 'E')}
          {vec(gpt ? 'P：位置向量' : 'P：位置编码', run.p, 'P')}
          {vec(gpt ? `X = 第 ${gpt} 层的 LN₁ 输出` : 'X = E + P', run.x, 'X')}
        </>
      );
      break;
    case 'qkv':
      text = (
        <>
          Q = XW<sup>Q</sup>，K = XW<sup>K</sup>，V = XW<sup>V</sup>{headName}。
          {gpt ? (
            <>
              投影矩阵是迷你 GPT 第 {gpt} 层训练好的真实权重（再加上各自的偏置），{heads} 个头各取 d<sub>k</sub> = {dk} 列。
            </>
          ) : (
            <>
              投影矩阵按随机种子生成（未经训练），每个头取 d<sub>k</sub> = {dk} 列。随机投影没有任何意义：换一个种子，权重的模式就全变了；要看训练出来的注意力，把「投影矩阵」换成迷你 GPT 的真实权重。
            </>
          )}
        </>
      );
      grids = (
        <>
          {vec(`Q（查询）${headName}`, h.q, 'Q')}
          {vec(`K（键）${headName}`, h.k, 'K')}
          {vec(`V（值）${headName}`, h.v, 'V')}
        </>
      );
      break;
    case 'scores':
      text = <>分数 S = QK<sup>⊤</sup>：第 i 行第 j 列是词元 i 的查询与词元 j 的键的点积，越大表示 i 越「关注」j。</>;
      grids = pair(`QKᵀ${headName}`, h.scores, '分数');
      break;
    case 'scaled':
      text = scale ? (
        <>
          每个分数除以 √d<sub>k</sub> = √{dk} ≈ {root.toFixed(2)}，让分数的方差不随 d<sub>k</sub> 增大。
        </>
      ) : (
        <>
          缩放已关闭：分数原样进入 softmax（打开「除以 √d<sub>k</sub>」比较）。
        </>
      );
      grids = pair(scale ? `QKᵀ ÷ √${dk}${headName}` : `QKᵀ（未缩放）${headName}`, h.scaled, scale ? '缩放分数' : '分数');
      break;
    case 'masked':
      text = causal ? (
        <>因果掩码：词元 i 只能看见位置 ≤ i 的词元，右上方（j &gt; i）的分数换成 −∞（实现里是 −10<sup>9</sup>），softmax 后权重为 0。</>
      ) : (
        <>因果掩码已关闭，与上一步相同；打开它看看 GPT 这样的解码器如何不看「未来」。</>
      );
      grids = pair(causal ? `加掩码后${headName}` : `无掩码${headName}`, h.masked, '分数');
      break;
    case 'weights':
      text = <>对每一行做 softmax：a<sub>ij</sub> = e<sup>s<sub>ij</sub></sup> / Σ<sub>j′</sub> e<sup>s<sub>ij′</sub></sup>，每行之和为 1，就是注意力权重。</>;
      grids = pair(`A = softmax（逐行）${headName}`, h.weights, '权重', 'prob');
      break;
    case 'output':
      text = (
        <>
          输出 = AV：每个词元得到值向量的加权平均{heads > 1 ? <>；{heads} 个头的输出拼接后再乘 W<sup>O</sup>{gpt ? <>（第 {gpt} 层训练好的 W<sup>O</sup>，加偏置）</> : null}，得到 d<sub>model</sub> = {dModel} 维的最终输出</> : null}。
        </>
      );
      grids = (
        <>
          {vec(`AV${headName}`, h.output, '输出')}
          {heads > 1 ? vec('拼接各头 · Wᴼ', run.output, '最终输出') : null}
        </>
      );
      break;
  }
  return (
    <>
      <p className={s.stageText}>{text}</p>
      <div className={s.grids}>{grids}</div>
    </>
  );
}
