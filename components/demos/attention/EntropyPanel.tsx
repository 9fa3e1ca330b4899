'use client';

import type { HeadRun } from '@/lib/demos/attention/compute';
import { mean, spread, uniformEntropy } from '@/lib/demos/attention/format';
import s from './AttentionExplorer.module.css';

/**
 * Why ÷√d_k: the same head with and without scaling — the spread of the scores and the mean row
 * entropy of the weights (ln n when uniform, 0 when one-hot).
 */
export function EntropyPanel({ head, dk, causal, scale, n }: { head: HeadRun; dk: number; causal: boolean; scale: boolean; n: number }) {
  const max = mean(uniformEntropy(n, causal));
  const rows = [
    {
      on: true,
      name: (
        <>
          除以 √d<sub>k</sub>（√{dk} ≈ {Math.sqrt(dk).toFixed(2)}）
        </>
      ),
      v: head.withScale,
    },
    { on: false, name: '不缩放', v: head.withoutScale },
  ];
  return (
    <section className={s.entropy} aria-label="缩放与行熵">
      <p className={s.entropyTitle}>softmax 有多「尖」：平均行熵</p>
      <table>
        <thead>
          <tr>
            <th scope="col">分数</th>
            <th scope="col">分数标准差</th>
            <th scope="col">平均行熵（nats）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const h = mean(r.v.entropy);
            return (
              <tr key={String(r.on)} className={r.on === scale ? s.current : undefined} aria-current={r.on === scale ? 'true' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.on === scale ? '（当前）' : ''}
                </th>
                <td>{spread(r.v.scaled).toFixed(2)}</td>
                <td>
                  <span className={s.bar} style={{ width: `${max > 0 ? (100 * h) / max : 0}%` }} aria-hidden="true" />
                  {h.toFixed(3)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={s.note}>
        均匀分布时平均行熵最大，为 {max.toFixed(3)}{causal ? '（有掩码时第 i 行只能看 i 个词元，上限 ln i）' : `（ln ${n}）`}；接近 0 表示每行几乎只关注一个词元（softmax 饱和，梯度很小）。
        调大 d<sub>k</sub>，不缩放的分数标准差约按 √d<sub>k</sub> 增长。
      </p>
    </section>
  );
}
