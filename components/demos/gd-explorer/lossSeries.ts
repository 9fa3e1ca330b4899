import type { ChartSeries } from '../kit/LossChart';
import { optimizerInfo, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import type { LaneState } from './useRuns';

/** Points per lane handed to the chart (a run may have 20,000 steps; the chart has a few hundred pixels). */
const MAX_POINTS = 600;

/** Each run's loss against the step, in its optimizer's colour and dash (a lane's steps include the start). */
export function lossSeries(lanes: readonly LaneState[], color?: string): ChartSeries[] {
  return lanes.map((lane) => {
    const info = optimizerInfo(lane.id as OptimizerId);
    const n = lane.steps.length;
    const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
    const points = [];
    for (let i = 0; i < n; i += stride) points.push({ x: i, y: lane.steps[i].loss });
    if (n > 0 && (n - 1) % stride !== 0) points.push({ x: n - 1, y: lane.steps[n - 1].loss });
    return { name: info.label, color: color ?? info.color, dash: color || info.dash.length === 0 ? undefined : info.dash.join(' '), points };
  });
}
