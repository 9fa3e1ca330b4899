'use client';

import { useCallback, useEffect, useState } from 'react';
import { loadMaths, type Maths } from '@/lib/compute';
import { GD_TABLE, OPTIMIZERS, SURFACES, type FnId } from '@/lib/demos/gd-explorer/params';
import { Select, Slider, Toggle } from '@/components/demos/kit/controls';
import { useDemo } from '../shell/DemoContext';
import { useDemoParams } from '../shell/useDemoParams';
import { NumberInput } from '../kit/NumberInput';
import { SurfaceView } from './SurfaceView';
import { RegressionView } from './RegressionView';
import styles from './GdExplorer.module.css';

/** The gradient descent explorer: optimizers racing on a 2-D loss surface, or fitting a line. */
export default function GdExplorer() {
  const { info, reportSteps, hidden } = useDemo();
  const { values: v, set } = useDemoParams(GD_TABLE, info.ns);
  const [M, setM] = useState<Maths | null>(null);
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;
  const onError = useCallback((e: Error) => setError(e), []);

  useEffect(() => {
    let cancelled = false;
    loadMaths().then((m) => !cancelled && setM(m), onError);
    return () => {
      cancelled = true;
    };
  }, [onError]);

  const surface = v.mode === 'surface';
  const show = (key: string) => !hidden.has(key);
  const T = GD_TABLE;
  return (
    <div className={styles.root}>
      <div className="controls">
        {show('mode') ? <Select label={T.mode.label} value={v.mode} options={T.mode.options} onChange={(mode) => set({ mode })} /> : null}
        {surface && show('fn') ? (
          <Select
            label={T.fn.label}
            value={v.fn}
            options={T.fn.options}
            onChange={(fn) => set({ fn, x: SURFACES[fn as FnId].start[0], y: SURFACES[fn as FnId].start[1] })}
          />
        ) : null}
        {surface && v.fn === 'quadratic' && show('kappa') ? (
          <Slider label={T.kappa.label} value={v.kappa} min={T.kappa.min} max={T.kappa.max} step={1} onChange={(kappa) => set({ kappa })} />
        ) : null}
        {show('lr') ? <Slider label={T.lr.label} value={v.lr} min={T.lr.min} max={T.lr.max} log onChange={(lr) => set({ lr })} /> : null}
        {show('show') ? (
          <Select label={surface ? T.show.label : '优化器'} value={v.show} options={T.show.options} onChange={(s) => set({ show: s })} />
        ) : null}
        {show('beta') ? <Slider label={T.beta.label} value={v.beta} min={T.beta.min} max={T.beta.max} step={0.01} onChange={(beta) => set({ beta })} /> : null}
        {surface ? (
          <fieldset className={styles.optimizers}>
            <legend>参赛的优化器</legend>
            {OPTIMIZERS.filter((o) => show(o.id)).map((o) => (
              <Toggle key={o.id} label={o.label} checked={v[o.id]} onChange={(on) => set({ [o.id]: on })} />
            ))}
          </fieldset>
        ) : null}
        {surface && show('x') ? <NumberInput label={T.x.label} value={v.x} min={T.x.min} max={T.x.max} step={0.1} onChange={(x) => set({ x })} /> : null}
        {surface && show('y') ? <NumberInput label={T.y.label} value={v.y} min={T.y.min} max={T.y.max} step={0.1} onChange={(y) => set({ y })} /> : null}
        {!surface && show('data') ? <Select label={T.data.label} value={v.data} options={T.data.options} onChange={(data) => set({ data })} /> : null}
        {!surface && v.data === 'random' && show('points') ? (
          <Slider label={T.points.label} value={v.points} min={T.points.min} max={T.points.max} step={1} onChange={(points) => set({ points })} />
        ) : null}
        {!surface && v.data === 'random' && show('seed') ? (
          <NumberInput label={T.seed.label} value={v.seed} min={T.seed.min} max={T.seed.max} step={1} onChange={(seed) => set({ seed: Math.round(seed) })} />
        ) : null}
        {show('speed') ? <Slider label={T.speed.label} value={v.speed} min={T.speed.min} max={T.speed.max} step={1} onChange={(speed) => set({ speed })} /> : null}
      </div>
      {!M ? (
        <p role="status">正在载入计算模块…</p>
      ) : surface ? (
        <SurfaceView M={M} values={v} set={set} hidden={hidden} reportSteps={reportSteps} onError={onError} />
      ) : (
        <RegressionView M={M} values={v} set={set} hidden={hidden} reportSteps={reportSteps} onError={onError} />
      )}
    </div>
  );
}
