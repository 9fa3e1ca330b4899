/**
 * Memory of training and inference, in bytes (1 GB = 10⁹ B, as GPU makers count).
 *
 * Training with Adam, per parameter (Rajbhandari et al. 2020, ZeRO, §3.1): mixed precision keeps
 * fp16 weights (2) and gradients (2), an fp32 master copy (4) and Adam's m and v in fp32 (4 + 4):
 * 16 bytes. Plain fp32 training keeps weights, gradients, m and v in fp32: also 16.
 *
 * Activations kept for the backward pass, per layer, fp16, no tensor or sequence parallelism
 * (Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models", §4):
 *   none:      s·b·h·(34 + 5·a·s/h)    every intermediate kept
 *   selective: 34·s·b·h                attention's a·s² part recomputed
 *   full:      2·s·b·h                 only each layer's input kept, the rest recomputed
 * (s sequence length, b batch, h = d_model, a heads). The embeddings and the output head add a
 * little more, left out here as in the paper's per-layer figure.
 *
 * Inference: the weights, and the KV cache: keys and values of every layer for every position,
 * 2·L·d·context·bytes per sequence (full multi-head attention), times the batch.
 */
import type { Arch } from '@/lib/models/architectures';

export const GB = 1e9;
export const GIB = 2 ** 30;

export type TrainPrecision = 'mixed' | 'fp32';

/** Bytes per parameter of the training state, item by item. */
export function trainStateBytes(p: TrainPrecision): { label: string; bytes: number }[] {
  if (p === 'fp32')
    return [
      { label: '权重（fp32）', bytes: 4 },
      { label: '梯度（fp32）', bytes: 4 },
      { label: 'Adam 一阶矩 m（fp32）', bytes: 4 },
      { label: 'Adam 二阶矩 v（fp32）', bytes: 4 },
    ];
  return [
    { label: '权重（fp16）', bytes: 2 },
    { label: '梯度（fp16）', bytes: 2 },
    { label: '主权重副本（fp32）', bytes: 4 },
    { label: 'Adam 一阶矩 m（fp32）', bytes: 4 },
    { label: 'Adam 二阶矩 v（fp32）', bytes: 4 },
  ];
}

export const bytesPerParam = (p: TrainPrecision) => trainStateBytes(p).reduce((s, x) => s + x.bytes, 0);

export type Recompute = 'none' | 'selective' | 'full';

/** Activation bytes of one layer (Korthikanti et al. 2022), fp16. */
export function activationBytesPerLayer(a: Pick<Arch, 'dModel' | 'heads'>, seq: number, batch: number, recompute: Recompute): number {
  const sbh = seq * batch * a.dModel;
  if (recompute === 'full') return 2 * sbh;
  if (recompute === 'selective') return 34 * sbh;
  return sbh * (34 + (5 * a.heads * seq) / a.dModel);
}

export const activationBytes = (a: Pick<Arch, 'dModel' | 'heads' | 'layers'>, seq: number, batch: number, recompute: Recompute) =>
  a.layers * activationBytesPerLayer(a, seq, batch, recompute);

/** The KV cache: 2·L·d·context·bytes per sequence, times the batch. */
export const kvCacheBytes = (a: Pick<Arch, 'dModel' | 'layers'>, context: number, batch: number, bytes: number) => 2 * a.layers * a.dModel * context * bytes * batch;

/** GPUs of `gpuGB` each whose memory holds `bytes` (all of it usable; no room for anything else). */
export const gpusNeeded = (bytes: number, gpuGB: number) => Math.max(1, Math.ceil(bytes / (gpuGB * GB)));

export interface MemoryItem {
  key: string;
  label: string;
  bytes: number;
}

export interface TrainInput {
  params: number;
  precision: TrainPrecision;
  arch: Pick<Arch, 'dModel' | 'heads' | 'layers'>;
  seq: number;
  batch: number;
  recompute: Recompute;
}

/** The training state and the activations, item by item. */
export function trainingMemory(t: TrainInput): MemoryItem[] {
  const state = trainStateBytes(t.precision).map((x, i) => ({ key: `state${i}`, label: x.label, bytes: x.bytes * t.params }));
  return [...state, { key: 'act', label: '激活值', bytes: activationBytes(t.arch, t.seq, t.batch, t.recompute) }];
}

export interface InferInput {
  params: number;
  /** Bytes per weight: 2 (fp16), 1 (int8), 0.5 (int4). */
  weightBytes: number;
  arch: Pick<Arch, 'dModel' | 'layers'>;
  context: number;
  batch: number;
  /** Bytes per cached key or value element (2 for fp16). */
  kvBytes: number;
}

export function inferenceMemory(t: InferInput): MemoryItem[] {
  return [
    { key: 'weights', label: '权重', bytes: t.params * t.weightBytes },
    { key: 'kv', label: 'KV 缓存', bytes: kvCacheBytes(t.arch, t.context, t.batch, t.kvBytes) },
  ];
}

export const sumBytes = (items: readonly MemoryItem[]) => items.reduce((s, x) => s + x.bytes, 0);
