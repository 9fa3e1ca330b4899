'use client';

import { memo, useImperativeHandle, useState, type Ref } from 'react';
import type { LossPoint } from '@/lib/demos/trainer/params';
import { LossChart } from '../kit/LossChart';

export interface ChartHandle {
  /** New loss history: only this component renders again (not the whole demo, nor its diagram). */
  set(history: readonly LossPoint[]): void;
}

/** The trainer's loss chart, fed through a handle so that its updates re-render nothing else. */
export const TrainerChart = memo(function TrainerChart({ handle, lossName, table }: { handle: Ref<ChartHandle>; lossName: string; table: boolean }) {
  const [chart, setChart] = useState<readonly LossPoint[]>([]);
  useImperativeHandle(handle, () => ({ set: setChart }), []);
  return (
    <LossChart
      series={[
        { name: '训练损失', color: 'var(--text)', points: chart.map((p) => ({ x: p.epoch, y: p.train })) },
        { name: '测试损失', color: 'var(--accent)', dash: '5 3', points: chart.map((p) => ({ x: p.epoch, y: p.test })) },
      ]}
      xLabel="轮数（epoch）"
      yLabel={`损失：${lossName}`}
      scale="linear"
      height={180}
      table={table ? { caption: '损失曲线的数值', x: '轮数' } : undefined}
    />
  );
});
