'use client';

import { fmt, fmtVec, optimizerInfo, stopLabel, stopReason, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import { starPoints } from '@/lib/demos/gd-explorer/plot';
import type { LaneState } from './useRuns';
import styles from './GdExplorer.module.css';

/** A short line in an optimizer's colour and dash, as the plot draws its path. */
function Swatch({ color, dash }: { color: string; dash: readonly number[] }) {
  return (
    <svg className={styles.swatch} width="28" height="10" aria-hidden="true">
      <line x1="1" x2="27" y1="5" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash.join(' ') || undefined} />
    </svg>
  );
}

/** Each optimizer's latest θ and L, and the plot's marks (minimum, start). */
export function Legend({ lanes, start }: { lanes: LaneState[]; start: readonly number[] }) {
  const star = starPoints(8, 8, 7).map((p) => p.join(',')).join(' ');
  return (
    <ul className={styles.legend} aria-label="图例">
      {lanes.map((l) => {
        const info = optimizerInfo(l.id as OptimizerId);
        const last = l.steps[l.steps.length - 1];
        return (
          <li key={l.id}>
            <Swatch color={info.color} dash={info.dash} />
            {info.label}：θ = {fmtVec(last?.theta ?? [], 3)}，L = {last ? fmt(last.loss) : '—'}
            {stopLabel(stopReason(l.steps))}
          </li>
        );
      })}
      <li>
        <svg className={styles.swatch} width="16" height="16" aria-hidden="true">
          <polygon points={star} className={styles.starMark} />
        </svg>
        极小点
        <svg className={`${styles.swatch} ${styles.mark}`} width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="5.5" className={styles.startMark} />
        </svg>
        起点 {fmtVec(start, 2)}
      </li>
    </ul>
  );
}
