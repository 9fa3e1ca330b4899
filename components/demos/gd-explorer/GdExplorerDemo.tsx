'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { OPTIMIZERS, surfaceDefaults, type FnId, type spec } from '@/lib/demos/gd-explorer/params';
import { Toggle } from '../kit/controls';
import { MoreParams } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { SurfaceView } from './SurfaceView';
import { RegressionView } from './RegressionView';
import styles from './GdExplorer.module.css';

/**
 * The gradient descent explorer: optimizers racing on a 2-D loss surface, or fitting a line. The
 * picture first; beside it (below on a phone) the run bar, then what the chapter's paragraph talks
 * about (mode, surface, learning rate), then the other parameters, folded on a phone.
 */
export default function GdExplorerDemo() {
  const { values: v, set, hidden } = useDemo<typeof spec>();
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;
  const onError = useCallback((e: Error) => setError(e), []);

  const surface = v.mode === 'surface';
  const side: ReactNode = (
    <>
      <ParamControl name="mode" />
      {surface ? <ParamControl name="fn" onChange={(fn: FnId) => set(surfaceDefaults(fn))} /> : <ParamControl name="data" />}
      <ParamControl name="lr" />
      <MoreParams>
        {surface && v.fn === 'quadratic' ? <ParamControl name="kappa" /> : null}
        {surface ? (
          <fieldset className={styles.optimizers}>
            <legend>参赛的优化器</legend>
            {OPTIMIZERS.filter((o) => !hidden.has(o.id)).map((o) => (
              <Toggle key={o.id} label={o.label} checked={v[o.id]} onChange={(on) => set({ [o.id]: on })} />
            ))}
          </fieldset>
        ) : null}
        <ParamControl name="show" label={surface ? undefined : '优化器'} />
        <ParamControl name="beta" />
        {surface ? <ParamControl name="x" /> : null}
        {surface ? <ParamControl name="y" /> : null}
        {!surface && v.data === 'random' ? <ParamControl name="points" /> : null}
        {!surface && v.data === 'random' ? <ParamControl name="seed" /> : null}
        <ParamControl name="speed" />
      </MoreParams>
    </>
  );
  return <div className={styles.root}>{surface ? <SurfaceView onError={onError} side={side} /> : <RegressionView onError={onError} side={side} />}</div>;
}
