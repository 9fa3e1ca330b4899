'use client';

import { useId } from 'react';
import { PRESETS } from '@/lib/models/arch-presets';
import styles from './size.module.css';

/**
 * The published models as a select: picking one sets every field of the shape. It shows the model
 * the fields match, or 自定义 once the reader has changed one. The calculators recompute as it
 * changes, so it is their run control (data-demo-run).
 */
export function PresetPicker({ value, onChange, label = '模型' }: { value: string; onChange: (key: string) => void; label?: string }) {
  const id = useId();
  return (
    <div className={styles.presetSelect}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => e.target.value && onChange(e.target.value)} data-demo-run="">
        {value === '' ? <option value="">自定义</option> : null}
        {PRESETS.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
