'use client';

import type { CSSProperties } from 'react';
import { share } from '@/lib/demos/model-size/units';
import styles from './size.module.css';

export interface Part {
  key: string;
  label: string;
  value: number;
}

/** Colours of the parts, in order: distinct in both themes (fills only; the text stays --text). */
export const PART_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];

const swatch = (i: number): CSSProperties => ({ background: PART_COLORS[i % PART_COLORS.length] });

/**
 * One bar split into its parts (widths proportional to the values), with a legend that gives each
 * part's value and share. Parts of zero are left out of both (the demo's table lists them).
 */
export function StackedBar({ parts, label, format }: { parts: readonly Part[]; label: string; format: (v: number) => string }) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  const summary = parts.filter((p) => p.value > 0).map((p) => `${p.label} ${share(p.value / total)}`).join('，');
  return (
    <div className={styles.stacked}>
      <div className={styles.bar} role="img" aria-label={`${label}：${summary}`}>
        {parts.map((p, i) =>
          p.value > 0 ? <span key={p.key} className={styles.segment} style={{ ...swatch(i), flexGrow: p.value / total }} data-part={p.key} /> : null,
        )}
      </div>
      <ul className={styles.legend}>
        {parts.map((p, i) =>
          p.value > 0 ? (
            <li key={p.key}>
              <span className={styles.swatch} style={swatch(i)} aria-hidden="true" />
              <span className={styles.legendLabel}>{p.label}</span>
              <span className={styles.legendValue} data-part-value={p.key}>
                {format(p.value)}
              </span>
              <span className={styles.legendShare}>{share(p.value / total)}</span>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

/**
 * Rows of bars on a logarithmic scale from `lo` (decades marked underneath): sizes that span
 * orders of magnitude, read side by side. The row marked `current` is highlighted.
 */
export function LogBars({
  rows,
  lo,
  hi,
  format,
  tick,
  label,
  current,
}: {
  rows: readonly { key: string; label: string; value: number }[];
  lo: number;
  hi: number;
  format: (v: number) => string;
  tick: (v: number) => string;
  label: string;
  current?: string;
}) {
  const span = Math.log10(hi) - Math.log10(lo);
  const at = (v: number) => Math.max(0, Math.min(1, (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / span));
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.log10(hi) + 1e-9; e++) decades.push(10 ** e);
  return (
    <figure className={styles.logbars}>
      <figcaption className={styles.caption}>{label}</figcaption>
      <ul>
        {rows.map((r) => (
          <li key={r.key} className={r.key === current ? styles.current : undefined}>
            <span className={styles.rowLabel}>{r.label}</span>
            <span className={styles.track}>
              <span className={styles.fill} style={{ width: `${(at(r.value) * 100).toFixed(2)}%` }} />
            </span>
            <span className={styles.rowValue}>{format(r.value)}</span>
          </li>
        ))}
        <li className={styles.axisRow} aria-hidden="true">
          <span className={styles.axis}>
            {decades.map((d) => (
              <span key={d} className={styles.tick} style={{ left: `${(at(d) * 100).toFixed(2)}%` }}>
                {tick(d)}
              </span>
            ))}
          </span>
        </li>
      </ul>
    </figure>
  );
}
