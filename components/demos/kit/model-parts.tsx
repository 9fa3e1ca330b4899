'use client';

import { useId } from 'react';
import { percent } from '@/lib/demos/mini-bert/params';
import explorer from '../attention/AttentionExplorer.module.css';
import s from './model-demo.module.css';

/** Small pieces shared by the mini-BERT and attention-masks views. */

/** A labelled one-line text input. */
export function TextField({ label, value, onChange, maxLength }: { label: string; value: string; onChange: (v: string) => void; maxLength?: number }) {
  const id = useId();
  return (
    <div className={`control ${explorer.textControl}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Messages about the input (unknown characters, truncation), announced politely; nothing if none. */
export function Notices({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className={s.notices} role="status">
      {items.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** The header of a probability table: the given first columns, then one column per probability (a bar and the number). */
export function ProbHead({ first, probs = ['概率'] }: { first: readonly string[]; probs?: readonly string[] }) {
  return (
    <thead>
      <tr>
        {first.map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
        {probs.map((h) => (
          <th key={h} scope="col" className={probs.length > 1 ? s.probColNarrow : s.probCol}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A probability's cell: a bar (decorative: the number is written beside it, never over it, so the
 * contrast stays the text's own) and the percentage. One cell, so a narrow column keeps room for
 * the names.
 */
export function ProbCells({ p }: { p: number }) {
  return (
    <td className={s.probCell}>
      <span className={s.probWrap}>
        <span className={s.track} aria-hidden="true">
          <span className={s.bar} style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} />
        </span>
        <span className={s.num}>{percent(p)}</span>
      </span>
    </td>
  );
}
