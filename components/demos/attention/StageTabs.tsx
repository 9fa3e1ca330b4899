'use client';

import { useRef, type KeyboardEvent } from 'react';
import { STAGES, stageIndex, type Stage } from '@/lib/demos/attention/params';
import { typeset } from '../kit/typeset';
import s from './AttentionExplorer.module.css';

/** The pipeline's stages as tabs (arrow keys, Home/End move between them, as the ARIA tabs pattern). */
export function StageTabs({ stage, onChange, panelId }: { stage: Stage; onChange: (s: Stage) => void; panelId: string }) {
  const listRef = useRef<HTMLDivElement>(null);
  const current = stageIndex(stage);
  const go = (i: number) => {
    const j = (i + STAGES.length) % STAGES.length;
    onChange(STAGES[j].value);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[j]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: STAGES.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div ref={listRef} role="tablist" aria-label="计算步骤" className={s.tabs} onKeyDown={onKeyDown}>
      {STAGES.map((st, i) => (
        <button
          key={st.value}
          type="button"
          role="tab"
          id={`${panelId}-tab-${st.value}`}
          aria-selected={i === current}
          aria-controls={panelId}
          tabIndex={i === current ? 0 : -1}
          onClick={() => onChange(st.value)}
        >
          <span className={s.tabNumber}>{i + 1}</span> {typeset(st.label)}
        </button>
      ))}
    </div>
  );
}
