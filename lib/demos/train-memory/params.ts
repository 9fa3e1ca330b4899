/**
 * The memory calculator's spec: a model (the size calculator's presets), training or inference,
 * the batch and sequence, activation recomputation, the precisions, and the GPU's memory.
 */
import { PRESETS, presetOf } from '@/lib/models/arch-presets';
import { countParams } from '@/lib/models/architectures';
import { defineSpec, type Normalized, type ParamTable, type ParamValues } from '../params';
import {
  activationBytes,
  gpusNeeded,
  inferenceMemory,
  sumBytes,
  trainingMemory,
  type MemoryItem,
  type Recompute,
  type TrainPrecision,
} from './memory';

export const PARAMS = {
  model: { kind: 'enum', label: '模型', default: 'gpt3', options: PRESETS.map((p) => ({ value: p.key, label: p.label })) },
  mode: {
    kind: 'enum',
    label: '用途',
    default: 'train',
    options: [
      { value: 'train', label: '训练（Adam）' },
      { value: 'infer', label: '推理（生成）' },
    ],
  },
  batch: { kind: 'int', label: '批大小 b', default: 1, min: 1, max: 512 },
  seq: { kind: 'int', label: '序列长度 s', default: 2048, min: 16, max: 32768, step: 16 },
  recompute: {
    kind: 'enum',
    label: '激活重计算',
    default: 'none',
    options: [
      { value: 'none', label: '不重计算（全部保存）' },
      { value: 'selective', label: '只重算注意力矩阵' },
      { value: 'full', label: '完全重计算（只存每层输入）' },
    ],
  },
  precision: {
    kind: 'enum',
    label: '训练精度',
    default: 'mixed',
    options: [
      { value: 'mixed', label: '混合精度（fp16 + fp32 主副本）' },
      { value: 'fp32', label: '全 fp32' },
    ],
  },
  weights: {
    kind: 'enum',
    label: '推理权重精度',
    default: 'fp16',
    options: [
      { value: 'fp16', label: 'fp16 / bf16（2 字节）' },
      { value: 'int8', label: 'int8（1 字节）' },
      { value: 'int4', label: 'int4（0.5 字节）' },
    ],
  },
  gpu: { kind: 'int', label: '每块 GPU 显存（GB）', default: 80, min: 8, max: 192, step: 8 },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

export const CONTROLS = ['chart', 'formula', 'table'] as const;

export const WEIGHT_BYTES: Record<string, number> = { fp16: 2, int8: 1, int4: 0.5 };

/** A model with learned positions reads at most ctx tokens: a longer sequence is cut, with a notice. */
export function normalize(v: Values): Normalized<Values> {
  const arch = presetOf(v.model)!.arch;
  if (arch.positions !== 'learned' || v.seq <= arch.ctx) return { values: v, notices: [] };
  return { values: { ...v, seq: arch.ctx }, notices: [`${presetOf(v.model)!.label} 最多读 ${arch.ctx} 个词元，序列长度改为 ${arch.ctx}`] };
}

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS, normalize });

export interface MemoryResult {
  params: number;
  items: MemoryItem[];
  total: number;
  gpus: number;
  /** Activations under each recomputation choice, for the comparison. */
  activations: Record<Recompute, number>;
}

/** Everything the view shows, from the values. */
export function compute(v: Values): MemoryResult {
  const preset = presetOf(v.model)!;
  const params = countParams(preset.arch).total;
  const items =
    v.mode === 'train'
      ? trainingMemory({ params, precision: v.precision as TrainPrecision, arch: preset.arch, seq: v.seq, batch: v.batch, recompute: v.recompute as Recompute })
      : inferenceMemory({ params, weightBytes: WEIGHT_BYTES[v.weights], arch: preset.arch, context: v.seq, batch: v.batch, kvBytes: 2 });
  const total = sumBytes(items);
  const activations = Object.fromEntries((['none', 'selective', 'full'] as const).map((r) => [r, activationBytes(preset.arch, v.seq, v.batch, r)])) as Record<Recompute, number>;
  return { params, items, total, gpus: gpusNeeded(total, v.gpu), activations };
}
