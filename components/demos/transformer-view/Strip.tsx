'use client';

import { heatColor } from '@/lib/demos/attention/format';
import { fixed } from '@/lib/demos/format';
import s from './view.module.css';

/** How many of a row's numbers are written out under its strip. */
export const SHOWN_NUMBERS = 6;

/** The values as the data-values attribute carries them (what the browser tests read). */
export const dataValues = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toPrecision(7))).join(',');

const maxAbsOf = (values: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m || 1e-9;
};

/**
 * One row of numbers (a vector of the traced character) as a heat strip, 96 cells to a line:
 * positive towards the accent, negative towards red, scaled by the row's largest |value|; under it
 * the first few numbers and the range. data-key names the stage, data-values carries every number.
 */
export function Strip({ label, values, dataKey, groups = 1 }: { label: string; values: Float32Array; dataKey: string; groups?: number }) {
  const range = maxAbsOf(values);
  const n = values.length;
  const cols = Math.min(n, 96);
  const first = Array.from(values.subarray(0, SHOWN_NUMBERS), (v) => fixed(v, 2));
  const groupSize = groups > 1 ? cols / groups : 0;
  return (
    <div className={s.strip} data-key={dataKey} data-values={dataValues(values)}>
      <span className={s.stripLabel}>{label}</span>
      <div
        className={s.cells}
        style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}
        role="img"
        aria-label={`${label}：${n} 个数，最大绝对值 ${fixed(range, 2)}，前 ${SHOWN_NUMBERS} 个为 ${first.join('、')}`}
      >
        {Array.from(values, (v, j) => (
          <span
            key={j}
            className={groupSize && j % groupSize === 0 && j % cols !== 0 ? s.groupStart : undefined}
            style={{ background: heatColor(v, 'signed', range) }}
            title={`第 ${j + 1} 维：${fixed(v, 4)}`}
          />
        ))}
      </div>
      <span className={s.numbers}>
        {first.slice(0, 3).join('  ')}
        <span className={s.wide}>{'  ' + first.slice(3).join('  ')}</span> …（{n} 个，|最大| {fixed(range, 2)}）
      </span>
    </div>
  );
}
