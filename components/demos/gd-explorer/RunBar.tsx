'use client';

import { useState } from 'react';
import { PlayBar } from '@/components/demos/kit/controls';
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
    <PlayBar
      playing={playing}
      onPlay={setPlaying}
      onStep={() => void advance(1)}
      onReset={() => {
        setPlaying(false);
        reset();
      }}
    >
      <span className={styles.stepCount} aria-live="off">
        第 {steps} 步
      </span>
    </PlayBar>
  );
}

/** The run's version as of the last pause: the step tables are not redrawn on every frame of a run. */
export function usePausedVersion(version: number, playing: boolean): number {
  const [tableVersion, setTableVersion] = useState(version);
  if (!playing && tableVersion !== version) setTableVersion(version);
  return tableVersion;
}
