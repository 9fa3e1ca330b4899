'use client';

import { memo } from 'react';
import { fmt, fmtLr, fmtVec, optimizerInfo, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import { tableRows } from '@/lib/demos/gd-explorer/formula';
import { NumbersTable } from '@/components/demos/kit/controls';
import type { LaneState } from './useRuns';

/**
 * The steps (t, θ, ∇L, L) of each optimizer as tables. Memoised on `version`: the paths grow in
 * place, so the caller passes a new version when the tables should show the new steps.
 */
export const StepTables = memo(function StepTables({ lanes, lr, names = 'θ' }: { lanes: LaneState[]; version: number; lr: number; names?: string }) {
  return (
    <>
      {lanes.map((l) => (
        <NumbersTable
          key={l.id}
          caption={`${optimizerInfo(l.id as OptimizerId).label} 的每一步（α = ${fmtLr(lr)}）`}
          head={['t', names, '∇L(θ)', 'L(θ)']}
          rows={tableRows(l.steps).map(({ index, point }) => [String(index), fmtVec(point.theta), fmtVec(point.gradient), fmt(point.loss)])}
        />
      ))}
    </>
  );
},
// lanes is a new array on every frame; version says whether its contents are worth redrawing
(a, b) => a.version === b.version && a.lr === b.lr && a.names === b.names);
