'use client';

import { useId, type ReactNode } from 'react';
import { num } from '@/lib/demos/format';
import { Icon } from './icons';

export { Icon } from './icons';

/**
 * Labelled form controls shared by the demos. Native elements, so every one works with the
 * keyboard and a screen reader as is.
 */

export function Slider({
  label,
  value,
  min,
  max,
  step,
  log = false,
  format = (v) => String(v),
  onChange,
}: {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** A logarithmic scale, for learning rates: the slider moves the exponent. */
  log?: boolean;
  format?: (v: number) => string;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const toSlider = (v: number) => (log ? Math.log10(v) : v);
  const fromSlider = (s: number) => (log ? Number((10 ** s).toPrecision(3)) : s);
  return (
    <div className="control control-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={toSlider(min)}
        max={toSlider(max)}
        step={log ? 0.01 : (step ?? (max - min) / 100)}
        value={toSlider(value)}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
      />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}

export function Select<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: ReactNode;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (v: V) => void;
}) {
  const id = useId();
  return (
    <div className="control control-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Toggle({ label, checked, onChange }: { label: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="control control-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** Play/pause, one step, reset. The play button is the demo's run control (data-demo-run). */
export function PlayBar({
  playing,
  onPlay,
  onStep,
  onReset,
  stepLabel = '单步',
  children,
}: {
  playing: boolean;
  onPlay: (playing: boolean) => void;
  onStep: () => void;
  onReset: () => void;
  stepLabel?: string;
  children?: ReactNode;
}) {
  return (
    <div className="playbar" role="group" aria-label="运行控制">
      <button type="button" className="play" aria-pressed={playing} onClick={() => onPlay(!playing)} data-demo-run="">
        <Icon name={playing ? 'pause' : 'play'} />
        {playing ? '暂停' : '运行'}
      </button>
      <button type="button" onClick={onStep} disabled={playing}>
        {stepLabel}
      </button>
      <button type="button" onClick={onReset}>
        <Icon name="reset" />
        重置
      </button>
      {children}
    </div>
  );
}

/** The demo's numbers as a table too (for screen readers, and for copying into notes). Numbers are written by num(): 572, 0.1235, −1.2e−5. */
export function NumbersTable({
  caption,
  head,
  rows,
  open,
  onToggle,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <details className="numbers" open={open} onToggle={onToggle ? (e) => onToggle(e.currentTarget.open) : undefined}>
      <summary>{caption}（表格）</summary>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{typeof c === 'number' ? num(c) : c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A row of example values (示例：…); the current one is pressed. Beside a text field, or apart from it in a demo's side column. */
export function ExampleButtons({
  label,
  examples,
  value,
  onPick,
  className,
}: {
  /** The group's accessible name, e.g. "示例句子". */
  label: string;
  examples: readonly string[];
  value: string;
  onPick: (v: string) => void;
  className?: string;
}) {
  return (
    <span className={className ? `control-examples ${className}` : 'control-examples'} role="group" aria-label={label}>
      示例：
      {examples.map((t) => (
        <button key={t} type="button" aria-pressed={value === t} onClick={() => onPick(t)}>
          {t}
        </button>
      ))}
    </span>
  );
}

/** A one-line text input with example values as buttons under it (pressed while the input holds one). */
export function TextWithExamples({
  label,
  value,
  maxLength,
  examples,
  examplesLabel,
  hint,
  onChange,
}: {
  label: ReactNode;
  value: string;
  maxLength?: number;
  /** A short help text under the field (read with it by screen readers). */
  hint?: string;
  examples: readonly string[];
  /** The group's accessible name, e.g. "示例句子". */
  examplesLabel: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="control control-text">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint ? (
        <span id={`${id}-hint`} className="control-hint">
          {hint}
        </span>
      ) : null}
      {examples.length > 0 ? <ExampleButtons label={examplesLabel} examples={examples} value={value} onPick={onChange} /> : null}
    </div>
  );
}

/** A random seed: a whole number kept within [min, max] (other input is ignored), and a button for the next one. */
export function SeedInput({ label, value, min, max, onChange }: { label: ReactNode; value: number; min: number; max: number; onChange: (v: number) => void }) {
  const id = useId();
  const typed = (raw: string) => {
    const n = Math.round(Number(raw));
    if (raw.trim() !== '' && Number.isFinite(n)) onChange(Math.min(max, Math.max(min, n)));
  };
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" className="control-seed" min={min} max={max} value={value} onChange={(e) => typed(e.target.value)} />
      <button type="button" onClick={() => onChange(value + 1 > max ? min : value + 1)}>
        换一组
      </button>
    </div>
  );
}
