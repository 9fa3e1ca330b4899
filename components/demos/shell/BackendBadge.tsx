'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BACKEND_NAMES, type BackendName, type BackendReport } from '@/lib/compute';
import './badge.css';
import { BACKEND_SHORT, badgeText, candidateLines, refusalText, whereText } from '@/lib/demos/backend-words';

/**
 * Which backend computes, as a small 「计算：WASM」 button; pressing it opens the details (where the
 * arithmetic runs, every backend tried and why the others were not chosen) and the labelled switch.
 * A disclosure (button + aria-expanded), so it works by keyboard, touch and screen reader alike;
 * Escape or a press outside closes it.
 */
export function BackendBadge({ report, onChoose }: { report: BackendReport | null; onChoose: (name: BackendName | null) => void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const refusal = report ? refusalText(report) : null;
  return (
    <div className="backend-badge" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="backend-label"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        title="计算后端：详情与切换"
      >
        {badgeText(report)}
        <svg className="backend-chevron" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <div id={id} className="backend-details" role="group" aria-label="计算后端详情" hidden={!open}>
        {report ? (
          <>
            <p className="backend-where">
              用 {BACKEND_SHORT[report.backend]} 计算，{whereText(report)}。
            </p>
            {refusal ? <p className="backend-refusal">{refusal}</p> : null}
            <p className="backend-tried">依次尝试过：</p>
            <ul className="backend-candidates">
              {candidateLines(report).map((c) => (
                <li key={c.name} data-candidate={c.name} className={c.chosen ? 'backend-chosen' : undefined}>
                  <strong>{c.label}</strong>：{c.status}
                  {c.detail ? <span className="backend-detail">（{c.detail}）</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="backend-where">正在选择计算后端…</p>
        )}
        <label className="backend-choose">
          切换计算后端
          <select value={report?.requested ?? ''} onChange={(e) => onChoose((e.target.value || null) as BackendName | null)} disabled={!report}>
            <option value="">自动（推荐）</option>
            {BACKEND_NAMES.map((n) => (
              <option key={n} value={n}>
                {BACKEND_SHORT[n]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
