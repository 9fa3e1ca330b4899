'use client';

import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as M from '@/lib/compute/maths';
import { divergenceNotice, enabledOptimizers, optimizerInfo, SURFACES, type FnId, type OptimizerId, type spec } from '@/lib/demos/gd-explorer/params';
import { objectiveFor } from '@/lib/demos/gd-explorer/surface';
import { DemoSide, DemoStage, DemoVisual } from '../kit/layout';
import { Legend } from './Legend';
import { useDemo } from '../shell/DemoContext';
import { StepTables } from './StepTables';
import { ContourPlot } from './ContourPlot';
import { LossChart } from '../kit/LossChart';
import { lossSeries } from './lossSeries';
import { Formula } from './Formula';
import { RunBar, usePausedVersion } from './RunBar';
import { useRuns, usePlay, type Lane } from './useRuns';
import styles from './GdExplorer.module.css';

const GRID = 90;

export interface ViewProps {
  onError: (e: Error) => void;
  /** The controls, for the side column. */
  side: ReactNode;
}

/** Mode 1: SGD, momentum and Adam racing on a 2-D loss surface. */
export function SurfaceView({ onError, side }: ViewProps) {
  const { values: v, set, hidden, reportSteps } = useDemo<typeof spec>();
  const fn = v.fn as FnId;
  const kinds = enabledOptimizers(v);
  const start: [number, number] = useMemo(() => [v.x, v.y], [v.x, v.y]);
  const [playing, setPlaying] = useState(false);
  const [grid, setGrid] = useState<{ key: string; values: Float32Array } | null>(null);
  const surfaceKey = `${fn}|${fn === 'quadratic' ? v.kappa : ''}`;
  const objective = useMemo(() => objectiveFor(fn, v.kappa), [fn, v.kappa]);

  useEffect(() => {
    let cancelled = false;
    M.objectiveGrid(objective, GRID).then((values) => !cancelled && setGrid({ key: surfaceKey, values }), onError);
    return () => {
      cancelled = true;
    };
  }, [objective, surfaceKey, onError]);

  const build = (): Lane[] =>
    kinds.map((kind) => {
      const run = new M.Descent2D(objective, { kind, learningRate: v.lr, momentum: v.beta }, { start });
      return { id: kind, current: () => run.current(), step: () => run.step(), dispose: () => run.dispose() };
    });
  const key = `${surfaceKey}|${kinds.join(',')}|${v.lr}|${v.beta}|${start.join(',')}`;
  const { lanes, version, advance, reset } = useRuns(build, key, reportSteps, onError);
  usePlay(playing, setPlaying, advance, v.speed);

  const onStart = useCallback((x: number, y: number) => set({ x, y }), [set]);
  const shown = (kinds.includes(v.show as OptimizerId) ? v.show : kinds[0]) as OptimizerId | undefined;
  const shownLane = lanes.find((l) => l.id === shown);
  const tableVersion = usePausedVersion(version, playing);
  const diverged = lanes.filter((l) => l.steps[l.steps.length - 1]?.divergence);

  return (
    <DemoStage className={styles.stage}>
      <DemoVisual>
        <ContourPlot
          grid={grid?.key === surfaceKey ? grid.values : null}
          gridSize={GRID}
          win={SURFACES[fn].bounds}
          minima={objective.minima}
          start={start}
          lanes={lanes}
          version={version}
          onStart={onStart}
        />
        {hidden.has('legend') ? null : <Legend lanes={lanes} start={start} />}
      </DemoVisual>
      {hidden.has('play') ? null : (
        <RunBar playing={playing} setPlaying={setPlaying} advance={advance} reset={reset} steps={Math.max(0, ...lanes.map((l) => l.steps.length - 1))} />
      )}
      <DemoSide>
        {diverged.length > 0 ? (
          <div className={styles.diverged} role="alert">
            {diverged.map((l) => {
              const d = l.steps[l.steps.length - 1].divergence!;
              return <p key={l.id}>{divergenceNotice(optimizerInfo(l.id as OptimizerId).label, v.lr, d.step, d.message)}</p>;
            })}
          </div>
        ) : null}
        {kinds.length === 0 ? <p className={styles.diverged}>请至少选择一种优化器。</p> : null}
        {side}
      </DemoSide>
      {hidden.has('chart') ? null : <LossChart series={lossSeries(lanes)} xLabel="迭代步数 t" yLabel="损失 L(θ)" height={180} table={hidden.has('table') ? undefined : { caption: '损失随步数的变化', x: '步数' }} />}
      {hidden.has('formula') || !shownLane || !shown ? null : (
        <Formula kind={shown} label={optimizerInfo(shown).label} path={shownLane.steps} lr={v.lr} beta={v.beta} />
      )}
      {hidden.has('table') ? null : <StepTables lanes={lanes} version={tableVersion} lr={v.lr} />}
    </DemoStage>
  );
}
