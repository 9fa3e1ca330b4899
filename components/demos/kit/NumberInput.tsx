'use client';

import { useId, useState, type ReactNode } from 'react';

/** A labelled number field that reports only valid, clamped numbers (typing "-" or "" is allowed meanwhile). */
export function NumberInput({ label, value, min, max, step, onChange }: { label: ReactNode; value: number; min: number; max: number; step: number; onChange: (v: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // the value changed from outside (a click on the plot, the arrow keys): show it
    setShown(value);
    setText(String(value));
  }
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        style={{ width: '6em' }}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n)) {
            const clamped = Math.min(max, Math.max(min, n));
            setShown(clamped);
            onChange(clamped);
          }
        }}
      />
    </div>
  );
}
