'use client';

import { pairLabel, tableRows } from '@/lib/demos/attention/format';
import { aboveDiagonalSum, formatCheck, maxAboveDiagonalAll, rowSumError, toRows } from '@/lib/demos/attention-masks/params';
import { LazyNumbersTable } from '../kit/LazyNumbersTable';
import { WeightCanvas } from '../kit/WeightCanvas';
import s from '../kit/model-demo.module.css';

export interface ModelMaps {
  /** The model's name for captions: 迷你 GPT / 迷你 BERT. */
  name: string;
  /** One label per position of the maps (BERT's first is [CLS]). */
  labels: string[];
  /** [layer][head] → row-major T×T weights. */
  maps: Float32Array[][];
}

/**
 * One model's attention for the chosen layer and head: a heat map (exact value on hover or focus),
 * a one-line caption saying what shape to expect, the checks computed from the weights (total above
 * the diagonal, row sums), and every value in a table.
 */
export function AttentionMapSide({ data, layer, head, caption }: { data: ModelMaps; layer: number; head: number; caption: string }) {
  const T = data.labels.length;
  const map = data.maps[layer][head];
  const layers = data.maps.length;
  const heads = data.maps[0].length;
  const title = `${data.name} · 第 ${layer + 1} 层 · 头 ${head + 1}`;
  return (
    <div className={s.side} data-model={data.name}>
      <WeightCanvas
        caption={`${title}：行是查询字，列是被关注的字`}
        map={map}
        labels={data.labels}
        cellLabel={(i, j, v, fmt) => pairLabel(data.labels, i, j, '权重', v, fmt)}
      />
      <p className={s.note}>{caption}</p>
      <ul className={s.checks}>
        <li data-check="above">
          对角线以上的权重之和：<strong>{formatCheck(aboveDiagonalSum(map, T))}</strong>
        </li>
        <li data-check="rows">每行之和与 1 的最大偏差：{formatCheck(rowSumError(map, T))}</li>
        <li data-check="all">
          全部 {layers} 层 × {heads} 个头中，对角线以上最大的单个权重：{formatCheck(maxAboveDiagonalAll(data.maps, T))}
        </li>
      </ul>
      <LazyNumbersTable caption={`${title} 的注意力权重`} head={['查询 \\ 键', ...data.labels.map((t, j) => `${j + 1} ${t}`)]} rows={tableRows(data.labels, toRows(map, T))} />
    </div>
  );
}
