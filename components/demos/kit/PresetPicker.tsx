'use client';

import { useId } from 'react';
import styles from './preset.module.css';

/**
 * Presets as a select: picking one sets every field it names. It shows the preset the fields
 * match, or 自定义 once the reader has changed one (value ''). The size and memory calculators
 * recompute as it changes, so there it is the run control (data-demo-run, the default); a demo
 * with a run button of its own passes run={false}.
 */
export function PresetPicker({
  presets,
  value,
  onChange,
  label = '模型',
  run = true,
}: {
  presets: readonly { key: string; label: string }[];
  value: string;
  onChange: (key: string) => void;
  label?: string;
  run?: boolean;
}) {
  const id = useId();
  return (
    <div className={styles.presetSelect}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => e.target.value && onChange(e.target.value)} data-demo-run={run ? '' : undefined}>
        {value === '' ? <option value="">自定义</option> : null}
        {presets.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
