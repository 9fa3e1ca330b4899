'use client';

import type { HeadRun } from '@/lib/demos/attention/compute';
import { heatColor } from '@/lib/demos/attention/format';
import s from './AttentionExplorer.module.css';

/** One button per head, each with a thumbnail of that head's weights; the pressed one is shown. */
export function HeadPicker({ heads, head, onChange }: { heads: HeadRun[]; head: number; onChange: (h: number) => void }) {
  return (
    <div className={s.heads} role="group" aria-label="选择注意力头">
      {heads.map((h, i) => {
        const n = h.weights.length;
        return (
          <button key={i} type="button" aria-pressed={i === head} onClick={() => onChange(i)} className={s.headButton}>
            <svg viewBox={`0 0 ${n} ${n}`} width="44" height="44" aria-hidden="true" preserveAspectRatio="none">
              {h.weights.map((row, r) =>
                row.map((w, c) => <rect key={`${r}-${c}`} x={c} y={r} width={1} height={1} style={{ fill: heatColor(w, 'prob') }} />),
              )}
            </svg>
            头 {i + 1}
          </button>
        );
      })}
    </div>
  );
}
