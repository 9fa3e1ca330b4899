'use client';

import type { ReactNode } from 'react';
import { typeset } from '../kit/typeset';
import s from './view.module.css';

/** One stage of the pipeline: its number, name (chapter 5's where the same), shape, formula in words. */
export function Card({ n, title, shape, formula, stage, children }: { n: number; title: string; shape: readonly number[]; formula: string; stage: string; children: ReactNode }) {
  return (
    <li className={s.card} data-stage={stage}>
      <p className={s.cardTitle}>
        <span className={s.step}>{n}</span>
        <span>{typeset(title)}</span>
        <span className={s.shape} data-shape={shape.join('x')}>
          形状 {shape.join(' × ')}
        </span>
      </p>
      <p className={s.formula}>{typeset(formula)}</p>
      {children}
    </li>
  );
}
