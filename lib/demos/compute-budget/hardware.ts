/**
 * From a compute budget to GPU-days, wall-clock days and money:
 *
 *   t = C / (n · F_peak · u)   seconds on n accelerators at utilisation u (MFU)
 *   GPU-days = C / (F_peak · u) / 86 400,   cost = GPU-days × 24 × price per GPU-hour
 *
 * Peak dense 16-bit tensor throughput from the vendors' data sheets (no sparsity).
 */

export interface Accelerator {
  id: string;
  label: string;
  /** Peak dense FLOP/s at 16-bit precision. */
  peak: number;
  precision: string;
}

export const ACCELERATORS = [
  { id: 'v100', label: 'NVIDIA V100', peak: 125e12, precision: 'fp16 张量核心' },
  { id: 'a100', label: 'NVIDIA A100', peak: 312e12, precision: 'bf16 张量核心' },
  { id: 'h100', label: 'NVIDIA H100 SXM', peak: 989e12, precision: 'bf16 张量核心（稠密）' },
  { id: 'tpuv4', label: 'Google TPU v4', peak: 275e12, precision: 'bf16' },
] as const satisfies readonly Accelerator[];

export type AcceleratorId = (typeof ACCELERATORS)[number]['id'];

export function accelerator(id: string): Accelerator {
  const a = ACCELERATORS.find((x) => x.id === id);
  if (!a) throw new Error(`未知的加速器「${id}」`);
  return a;
}

export const SECONDS_PER_DAY = 86_400;

export interface TrainingCost {
  /** Sustained FLOP/s of one accelerator: F_peak · u. */
  perDevice: number;
  /** Accelerator-days (one accelerator's days of work). */
  gpuDays: number;
  /** Wall-clock days on `count` accelerators. */
  days: number;
  /** gpuDays × 24 × price per accelerator-hour. */
  cost: number;
}

/** Time and money of `flops` FLOP on `count` accelerators of peak `peak` at utilisation `mfu`. */
export function trainingCost(flops: number, peak: number, mfu: number, count: number, pricePerHour: number): TrainingCost {
  if (!(flops > 0 && peak > 0 && mfu > 0 && count >= 1 && pricePerHour >= 0)) throw new Error('计算量、峰值算力、利用率和卡数都必须为正数');
  const perDevice = peak * mfu;
  const gpuDays = flops / perDevice / SECONDS_PER_DAY;
  return { perDevice, gpuDays, days: gpuDays / count, cost: gpuDays * 24 * pricePerHour };
}
