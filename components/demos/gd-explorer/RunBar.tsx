'use client';

import { useState } from 'react';
import { RunBar as Bar } from '@/components/demos/kit/layout';
import { Icon } from '@/components/demos/kit/controls';
import styles from './GdExplorer.module.css';

/** Play / step / reset for both modes; reset also stops a run that is playing. */
export function RunBar({
  playing,
  setPlaying,
  advance,
  reset,
  steps,
}: {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  advance: (n: number) => Promise<unknown>;
  reset: () => void;
  steps: number;
}) {
  return (
    <Bar>
      <button type="button" className="play" data-demo-run="" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? '暂停' : '运行'}
      </button>
      <button type="button" onClick={() => void advance(1)} disabled={playing}>
        <Icon name="step" /> 单步
      </button>
      <button
        type="button"
        onClick={() => {
          setPlaying(false);
          reset();
        }}
      >
        <Icon name="reset" /> 重置
      </button>
      <span className={styles.stepCount} aria-live="off">
        第 {steps} 步
      </span>
    </Bar>
  );
}

/** The run's version as of the last pause: the step tables are not redrawn on every frame of a run. */
export function usePausedVersion(version: number, playing: boolean): number {
  const [tableVersion, setTableVersion] = useState(version);
  if (!playing && tableVersion !== version) setTableVersion(version);
  return tableVersion;
}
