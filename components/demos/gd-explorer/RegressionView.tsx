'use client';

import { useMemo, useState } from 'react';
import * as M from '@/lib/compute/maths';
import { CHAPTER_POINTS, divergenceNotice, fmt, optimizerInfo, stopLabel, stopReason, type OptimizerId, type spec } from '@/lib/demos/gd-explorer/params';
import { useDemo } from '../shell/DemoContext';
import { DemoSide, DemoStage, DemoVisual } from '../kit/layout';
import { meanSquaredError } from '@/lib/demos/gd-explorer/regression';
import { StepTables } from './StepTables';
import { Formula } from './Formula';
import { LossChart } from '../kit/LossChart';
import { lossSeries } from './lossSeries';
import { RegressionPlot } from './RegressionPlot';
import { RunBar, usePausedVersion } from './RunBar';
import type { ViewProps } from './SurfaceView';
import { useRuns, usePlay, type Lane } from './useRuns';
import styles from './GdExplorer.module.css';

/** Mode 2: fit y = w·x + b by gradient descent, beside the exact least-squares line. */
export function RegressionView({ onError, side }: ViewProps) {
  const { values: v, hidden, reportSteps } = useDemo<typeof spec>();
  const kind = v.show as OptimizerId;
  const info = optimizerInfo(kind);
  const [playing, setPlaying] = useState(false);
  const data = useMemo(
    () => (v.data === 'chapter' ? CHAPTER_POINTS : M.makeLineData(M.createRng(v.seed), v.points, 1.5, -0.5, 0.3)),
    [v.data, v.seed, v.points],
  );
  const exact = useMemo(() => M.leastSquares(data), [data]);
  const exactLoss = meanSquaredError(data, exact);

  const build = (): Lane[] => {
    const run = new M.LinearRegressionGD(data, { kind, learningRate: v.lr, momentum: v.beta });
    const norm = (s: Awaited<ReturnType<typeof run.current>>) => ({ ...s, theta: s.params });
    return [{ id: kind, current: () => run.current().then(norm), step: () => run.step().then(norm), dispose: () => run.dispose() }];
  };
  const key = `${v.data}|${v.seed}|${v.points}|${kind}|${v.lr}|${v.beta}`;
  const { lanes, version, advance, reset } = useRuns(build, key, reportSteps, onError);
  usePlay(playing, setPlaying, advance, v.speed);
  const tableVersion = usePausedVersion(version, playing);
  const lane = lanes[0];
  const last = lane?.steps[lane.steps.length - 1];

  return (
    <DemoStage className={styles.stage}>
      <DemoVisual>
        <RegressionPlot data={data} fit={last ? last.theta : null} exact={exact} color={info.color} />
      </DemoVisual>
      {hidden.has('play') ? null : (
        <RunBar playing={playing} setPlaying={setPlaying} advance={advance} reset={reset} steps={lane ? lane.steps.length - 1 : 0} />
      )}
      <DemoSide>
        {last?.divergence ? (
          <div className={styles.diverged} role="alert">
            <p>{divergenceNotice(info.label, v.lr, last.divergence.step, last.divergence.message)}</p>
          </div>
        ) : null}
        {side}
      </DemoSide>
      <div className={styles.tableWrap}>
        <table className={styles.compare} data-testid="gd-compare">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">斜率 w</th>
              <th scope="col">截距 b</th>
              <th scope="col">损失 L</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" style={{ color: info.color }}>
                {info.label}，第 {last?.iteration ?? 0} 步（实线）{lane ? stopLabel(stopReason(lane.steps)) : ''}
              </th>
              <td>{last ? fmt(last.theta[0]) : '—'}</td>
              <td>{last ? fmt(last.theta[1]) : '—'}</td>
              <td>{last ? fmt(last.loss) : '—'}</td>
            </tr>
            <tr>
              <th scope="row">最小二乘解（虚线）</th>
              <td>{fmt(exact[0])}</td>
              <td>{fmt(exact[1])}</td>
              <td>{fmt(exactLoss)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {hidden.has('chart') ? null : <LossChart series={lossSeries(lanes)} xLabel="迭代步数 t" yLabel="均方误差 L(w, b)" height={180} table={hidden.has('table') ? undefined : { caption: '损失随步数的变化', x: '步数' }} />}
      {hidden.has('formula') || !lane ? null : <Formula kind={kind} label={info.label} path={lane.steps} lr={v.lr} beta={v.beta} names={['w', 'b']} />}
      {hidden.has('table') ? null : <StepTables lanes={lanes} version={tableVersion} lr={v.lr} names="θ = (w, b)" />}
      <p className={styles.note}>
        {data.y.length} 个点；损失 L = (1/n)Σ(w·x<sub>i</sub> + b − y<sub>i</sub>)²，从 w = b = 0 出发。
      </p>
    </DemoStage>
  );
}
