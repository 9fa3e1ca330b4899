'use client';

import { int } from '@/lib/demos/format';
import { bytesText } from '@/lib/demos/model-size/units';
import { GB, activationBytes, bytesPerParam, kvCacheBytes, type Recompute, type TrainPrecision } from '@/lib/demos/train-memory/memory';
import type { Arch } from '@/lib/models/architectures';
import base from '../model-size/size.module.css';
import styles from './memory.module.css';

/** Up to this many GPUs are drawn one square each; more are summarised in words. */
const MAX_DRAWN = 160;

/** The GPUs it takes, one square each, filled as far as the memory fills them. */
export function GpuGrid({ total, gpuGB, gpus }: { total: number; gpuGB: number; gpus: number }) {
  const perGpu = gpuGB * GB;
  const drawn = Math.min(gpus, MAX_DRAWN);
  const label = `${gpus} 块 ${gpuGB} GB GPU，平均每块用去 ${Math.round((100 * total) / (gpus * perGpu))}%`;
  return (
    <div className={styles.gpus} role="img" aria-label={label}>
      {Array.from({ length: drawn }, (_, i) => {
        const fill = Math.max(0, Math.min(1, total / perGpu - i));
        return (
          <span key={i} className={styles.gpu}>
            <span style={{ height: `${(fill * 100).toFixed(1)}%` }} />
          </span>
        );
      })}
      {gpus > drawn ? <span className={styles.more}>…共 {int(gpus)} 块</span> : null}
    </div>
  );
}

/** The formulas with the current values. */
export function MemoryFormula(p: {
  training: boolean;
  arch: Arch;
  params: number;
  batch: number;
  seq: number;
  recompute: Recompute;
  precision: TrainPrecision;
  weightBytes: number;
}) {
  const { arch: a, batch: b, seq: s } = p;
  const h = a.dModel;
  if (!p.training) {
    const kv = kvCacheBytes(a, s, b, 2);
    return (
      <section aria-label="公式" data-testid="tm-formula">
        <p className={base.formula}>
          权重 = N × {p.weightBytes} B = {int(p.params)} × {p.weightBytes} = {bytesText(p.params * p.weightBytes, 4)}
        </p>
        <p className={base.formula}>
          KV 缓存 = 2·L·d·s·2 B × b = 2 × {a.layers} × {int(h)} × {int(s)} × 2 × {b} = {bytesText(kv, 4)}
        </p>
        <p className={base.note}>每个序列的每一层都要存下所有位置的键和值（fp16），所以 KV 缓存与上下文长度和并发的序列数成正比。</p>
      </section>
    );
  }
  const bpp = bytesPerParam(p.precision);
  const act = activationBytes(a, s, b, p.recompute);
  const [symbols, numbers] =
    p.recompute === 'full'
      ? ['2·s·b·h', `2 × ${int(s)} × ${b} × ${int(h)}`]
      : p.recompute === 'selective'
        ? ['34·s·b·h', `34 × ${int(s)} × ${b} × ${int(h)}`]
        : ['s·b·h·(34 + 5·a·s/h)', `${int(s)} × ${b} × ${int(h)} × (34 + 5 × ${a.heads} × ${int(s)} / ${int(h)})`];
  return (
    <section aria-label="公式" data-testid="tm-formula">
      <p className={base.formula}>
        训练状态 = {bpp} B × N = {bpp} × {int(p.params)} = {bytesText(bpp * p.params, 4)}
      </p>
      <p className={base.formula}>
        激活 = L·{symbols} B = {a.layers} × {numbers} = {bytesText(act, 4)}
      </p>
      <p className={base.note}>激活的估算来自 Korthikanti 等（2022）：fp16、不做张量并行时每层保存的字节数；嵌入层和输出层另有少量激活，这里没有计入。</p>
    </section>
  );
}
