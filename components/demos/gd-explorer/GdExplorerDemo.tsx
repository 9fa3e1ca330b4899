'use client';

import { useCallback, useState } from 'react';
import { OPTIMIZERS, SURFACES, type FnId, type spec } from '@/lib/demos/gd-explorer/params';
import { Toggle } from '../kit/controls';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { SurfaceView } from './SurfaceView';
import { RegressionView } from './RegressionView';
import styles from './GdExplorer.module.css';

/** The gradient descent explorer: optimizers racing on a 2-D loss surface, or fitting a line. */
export default function GdExplorerDemo() {
  const { values: v, set, hidden } = useDemo<typeof spec>();
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;
  const onError = useCallback((e: Error) => setError(e), []);

  const surface = v.mode === 'surface';
  return (
    <div className={styles.root}>
      <div className="controls">
        <ParamControl name="mode" />
        {surface ? <ParamControl name="fn" onChange={(fn: FnId) => set({ fn, x: SURFACES[fn].start[0], y: SURFACES[fn].start[1] })} /> : null}
        {surface && v.fn === 'quadratic' ? <ParamControl name="kappa" /> : null}
        <ParamControl name="lr" />
        <ParamControl name="show" label={surface ? undefined : '优化器'} />
        <ParamControl name="beta" />
        {surface ? (
          <fieldset className={styles.optimizers}>
            <legend>参赛的优化器</legend>
            {OPTIMIZERS.filter((o) => !hidden.has(o.id)).map((o) => (
              <Toggle key={o.id} label={o.label} checked={v[o.id]} onChange={(on) => set({ [o.id]: on })} />
            ))}
          </fieldset>
        ) : null}
        {surface ? <ParamControl name="x" /> : null}
        {surface ? <ParamControl name="y" /> : null}
        {surface ? null : <ParamControl name="data" />}
        {!surface && v.data === 'random' ? <ParamControl name="points" /> : null}
        {!surface && v.data === 'random' ? <ParamControl name="seed" /> : null}
        <ParamControl name="speed" />
      </div>
      {surface ? <SurfaceView onError={onError} /> : <RegressionView onError={onError} />}
    </div>
  );
}
