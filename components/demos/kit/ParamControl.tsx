'use client';

import type { ReactNode } from 'react';
import type { ParamSpec } from '@/lib/demos/params';
import { useDemo } from '../shell/DemoContext';
import { NumberInput } from './NumberInput';
import { SeedInput, Select, Slider, TextWithExamples, Toggle } from './controls';

/** A slider's value on its step's grid (0.15, not 0.15000000000000002). */
function snap(v: number, step: number | undefined): number {
  if (!step) return v;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(v / step) * step).toFixed(decimals));
}

export interface ParamControlProps {
  /** The parameter's key in the demo's table. */
  name: string;
  /** Overrides the table's label (e.g. a mode-specific wording). */
  label?: ReactNode;
  /** How the slider's value is shown (default: as the number is). */
  format?: (v: number) => string;
  /** Replaces the plain `set({ [name]: v })`, for a change that moves other values too. */
  onChange?: (value: never) => void;
}

/**
 * The control for one parameter, derived from the demo's table: a slider (linear or log), number
 * field, seed field or select for numbers; a select for enums; a checkbox for booleans; a text
 * field (with example buttons) for text. Renders nothing when an embed hid it (`?hide=name`).
 */
export function ParamControl({ name, label, format, onChange }: ParamControlProps) {
  const { spec, values, set, hidden } = useDemo();
  if (!Object.prototype.hasOwnProperty.call(spec.params, name)) throw new Error(`<ParamControl name="${name}" />: not a parameter of this demo`);
  if (hidden.has(name)) return null;
  const p: ParamSpec = spec.params[name];
  const value = values[name];
  const change = (v: unknown) => (onChange ? onChange(v as never) : set({ [name]: v } as never));
  const text = label ?? p.label;

  switch (p.kind) {
    case 'number':
    case 'int': {
      const n = value as number;
      const step = p.step ?? (p.kind === 'int' ? 1 : undefined);
      if (p.kind === 'int' && p.input === 'seed') return <SeedInput label={text} value={n} min={p.min} max={p.max} onChange={change} />;
      if (p.kind === 'int' && p.input === 'select') {
        const options = Array.from({ length: p.max - p.min + 1 }, (_, i) => String(p.min + i)).map((v) => ({ value: v, label: v }));
        return <Select label={text} value={String(n)} options={options} onChange={(v) => change(Number(v))} />;
      }
      if (p.input === 'number')
        return <NumberInput label={text} value={n} min={p.min} max={p.max} step={step ?? 0.1} onChange={(v) => change(p.kind === 'int' ? Math.round(v) : v)} />;
      const log = p.kind === 'number' && p.scale === 'log';
      return <Slider label={text} value={n} min={p.min} max={p.max} step={step} log={log} format={format} onChange={(v) => change(log ? v : snap(v, step))} />;
    }
    case 'enum':
      return <Select label={text} value={value as string} options={p.options} onChange={change} />;
    case 'bool':
      return <Toggle label={text} checked={value as boolean} onChange={change} />;
    case 'text':
      return (
        <TextWithExamples label={text} value={value as string} maxLength={p.maxLength} hint={p.hint} examples={p.examples ?? []} examplesLabel="示例" onChange={change} />
      );
    case 'list':
      throw new Error(`<ParamControl name="${name}" />: a list parameter needs a control of its own`);
  }
}
