/**
 * The demo framework's data side (after TensorFlow Playground's state.ts). Each demo declares one
 * spec in lib/demos/<name>/params.ts:
 *
 *   export const spec = defineSpec({
 *     params: { lr: { kind: 'number', label: '学习率 α', default: 0.15, min: 1e-4, max: 2, scale: 'log' }, … },
 *     controls: ['play', 'table'],          // other parts an embed may hide with ?hide=
 *     normalize: (v) => ({ values: …, notices: […] }),   // cross-field rules (optional)
 *   });
 *
 * From it derive the defaults, the controls (components/demos/kit/ParamControl.tsx), the URL state
 * (namespaced by the demo's name: `?gd-explorer.lr=0.1`, so several demos share one query string),
 * the clamping of bad values with a notice for the reader, and which names `?hide=` accepts.
 */
import { boundText, parseQuery } from './url';

interface Common {
  label: string;
  /** A short explanation shown under the control (optional). */
  hint?: string;
}

export type ParamSpec =
  | (Common & { kind: 'number'; default: number; min: number; max: number; step?: number; scale?: 'linear' | 'log'; input?: 'slider' | 'number' })
  | (Common & { kind: 'int'; default: number; min: number; max: number; step?: number; input?: 'slider' | 'number' | 'seed' | 'select' })
  | (Common & { kind: 'enum'; default: string; options: readonly { value: string; label: string }[] })
  | (Common & { kind: 'bool'; default: boolean })
  | (Common & { kind: 'text'; default: string; maxLength: number; examples?: readonly string[] })
  | (Common & { kind: 'list'; default: readonly number[]; min: number; max: number; minLength: number; maxLength: number });

export type ParamTable = Readonly<Record<string, ParamSpec>>;

type ValueOf<S extends ParamSpec> = S extends { kind: 'number' | 'int' }
  ? number
  : S extends { kind: 'bool' }
    ? boolean
    : S extends { kind: 'list' }
      ? number[]
      : string;

export type ParamValues<T extends ParamTable> = { [K in keyof T]: ValueOf<T[K]> };

/** Values made consistent across fields, with what had to change. */
export interface Normalized<V> {
  values: V;
  notices: string[];
}

export interface DemoSpec<T extends ParamTable = ParamTable> {
  params: T;
  /** Names, besides the parameter keys, that `?hide=` may name: parts of the view (`play`, `table`, …). */
  controls: readonly string[];
  /**
   * Cross-field rules (heads divide d_model, masks inside the sentence, …): applied to the values
   * read from the URL and after every change. Must return `values` itself when nothing changes.
   */
  normalize?(values: ParamValues<T>): Normalized<ParamValues<T>>;
}

/** The values type of a spec: `Values<typeof spec>`. */
export type Values<S extends DemoSpec> = ParamValues<S['params']>;

export function defineSpec<const T extends ParamTable>(spec: DemoSpec<T>): DemoSpec<T> {
  return spec;
}

/** Parts of the frame every demo has, which `?hide=` may also name. */
export const SHELL_CONTROLS = ['backend', 'share'] as const;



const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

export function defaults<T extends ParamTable>(table: T): ParamValues<T> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) out[key] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  return out as ParamValues<T>;
}

/** "学习率 α（lr）"; a label that already names its key ("温度（temperature）") is used as it is. */
export function labelOf(key: string, spec: ParamSpec): string {
  return spec.label.includes(key) ? spec.label : `${spec.label}（${key}）`;
}

/** A value made valid for its spec, and a notice (in Chinese, for the reader) if it had to change. */
export function coerce(key: string, spec: ParamSpec, raw: string): { value: unknown; notice: string | null } {
  const label = labelOf(key, spec);
  const shown = boundText(raw, 40);
  switch (spec.kind) {
    case 'number':
    case 'int': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return { value: spec.default, notice: `${label}「${shown}」不是数，已用默认值 ${spec.default}` };
      const rounded = spec.kind === 'int' ? Math.round(n) : n;
      const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
      if (clamped !== n) return { value: clamped, notice: `${label} ${shown} 超出范围 [${spec.min}, ${spec.max}]，已改为 ${clamped}` };
      return { value: clamped, notice: null };
    }
    case 'enum': {
      if (spec.options.some((o) => o.value === raw)) return { value: raw, notice: null };
      return { value: spec.default, notice: `${label}「${shown}」不是可选值，已用默认值「${spec.default}」` };
    }
    case 'bool': {
      if (raw === '1' || raw === 'true') return { value: true, notice: null };
      if (raw === '0' || raw === 'false') return { value: false, notice: null };
      return { value: spec.default, notice: `${label}「${shown}」应为 0 或 1，已用默认值` };
    }
    case 'text': {
      const chars = Array.from(raw);
      if (chars.length <= spec.maxLength) return { value: raw, notice: null };
      return { value: chars.slice(0, spec.maxLength).join(''), notice: `${label} 超过 ${spec.maxLength} 个字符，已截断` };
    }
    case 'list': {
      const parts = raw === '' ? [] : raw.split(',');
      const nums = parts.map(Number);
      if (nums.some((n) => !Number.isFinite(n))) return { value: [...spec.default], notice: `${label}「${shown}」不是逗号分隔的数，已用默认值` };
      let notice: string | null = null;
      let list = nums.map((n) => Math.min(spec.max, Math.max(spec.min, Math.round(n))));
      if (list.some((n, i) => n !== nums[i])) notice = `${label} 的取值应在 [${spec.min}, ${spec.max}] 内，已调整`;
      if (list.length > spec.maxLength) {
        list = list.slice(0, spec.maxLength);
        notice = `${label} 最多 ${spec.maxLength} 项，已截断`;
      }
      if (list.length < spec.minLength) return { value: [...spec.default], notice: `${label} 至少 ${spec.minLength} 项，已用默认值` };
      return { value: list, notice };
    }
  }
}

export function format(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'bool') return value ? '1' : '0';
  if (spec.kind === 'list') return (value as number[]).join(',');
  return String(value);
}

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

type Query = string | readonly [string, string][];
const entriesOf = (query: Query) => (typeof query === 'string' ? parseQuery(query).entries : query);

/** Splits `gd-explorer.lr` into the key of a demo whose namespace (or old alias) prefixes it. */
function keyIn(fullKey: string, namespaces: readonly string[]): string | null {
  for (const ns of namespaces) if (fullKey.startsWith(`${ns}.`)) return fullKey.slice(ns.length + 1);
  return null;
}

/**
 * Reads a demo's values from a query string (or parsed entries): keys `<ns>.<param>`, or
 * `<alias>.<param>` for a namespace the demo had before. Unknown keys in its namespace give a
 * notice; only the table's own keys count (`constructor`, `__proto__` are unknown keys).
 */
export function decode<T extends ParamTable>(table: T, query: Query, ns: string, aliases: readonly string[] = []): Normalized<ParamValues<T>> {
  const values = defaults(table) as Record<string, unknown>;
  const notices: string[] = [];
  for (const [fullKey, raw] of entriesOf(query)) {
    const key = keyIn(fullKey, [ns, ...aliases]);
    if (key === null || key === 'hide') continue;
    if (!own(table, key)) {
      notices.push(`忽略了未知参数「${boundText(fullKey, 40)}」`);
      continue;
    }
    const { value, notice } = coerce(key, table[key], raw);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as ParamValues<T>, notices };
}

/** The query string with this demo's keys (and old aliases) replaced by its non-default values; other keys kept. */
export function encode<T extends ParamTable>(table: T, values: ParamValues<T>, ns: string, search = '', aliases: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const [k, v] of entriesOf(search)) {
    const key = keyIn(k, [ns, ...aliases]);
    if (key === null) params.append(k, v);
    else if (key === 'hide') params.append(`${ns}.hide`, v);
  }
  for (const [key, spec] of Object.entries(table)) {
    const value = (values as Record<string, unknown>)[key];
    if (!same(value, spec.default)) params.set(`${ns}.${key}`, format(spec, value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * What an embed hides: `?hide=lr,play` (every demo on the page) or `?<ns>.hide=…` (this one).
 * Names may be parameter keys, the spec's controls, or the shell's (`backend`, `share`). An unknown
 * name in the demo's own `<ns>.hide` gives a notice; in the page-wide `hide` it may belong to
 * another demo, so it is skipped silently.
 *
 * `embedded` (the /embed/ route): the shell's badge and share buttons are hidden unless the link
 * asks for them with the page-wide `?show=backend,share` (an embed holds one demo; there is no
 * `<ns>.show`, which would be a parameter's key: gd-explorer has one named show); `hide` still wins.
 */
export function resolveHidden(
  spec: DemoSpec,
  query: Query,
  ns: string,
  aliases: readonly string[] = [],
  embedded = false,
): { hidden: Set<string>; notices: string[] } {
  const known = (name: string) => own(spec.params, name) || spec.controls.includes(name) || (SHELL_CONTROLS as readonly string[]).includes(name);
  const isShell = (name: string) => (SHELL_CONTROLS as readonly string[]).includes(name);
  const hidden = new Set<string>();
  const shown = new Set<string>();
  const notices: string[] = [];
  for (const [key, raw] of entriesOf(query)) {
    const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
    if (key === 'show') {
      for (const name of names) if (isShell(name)) shown.add(name);
      continue;
    }
    const mine = key === 'hide' ? false : keyIn(key, [ns, ...aliases]) === 'hide';
    if (key !== 'hide' && !mine) continue;
    for (const name of names) {
      if (known(name)) hidden.add(name);
      else if (mine) notices.push(`hide 中的「${boundText(name, 40)}」不是这个演示的控件名，已忽略（可用：${hideableNames(spec).join('、')}）`);
    }
  }
  if (embedded) for (const name of SHELL_CONTROLS) if (!shown.has(name)) hidden.add(name);
  return { hidden, notices };
}

/** Every name `?hide=` accepts for this demo. */
export function hideableNames(spec: DemoSpec): string[] {
  return [...Object.keys(spec.params), ...spec.controls, ...SHELL_CONTROLS];
}

/** normalize, or the values unchanged when the spec has none. */
export function normalizeValues<T extends ParamTable>(spec: DemoSpec<T>, values: ParamValues<T>): Normalized<ParamValues<T>> {
  return spec.normalize ? spec.normalize(values) : { values, notices: [] };
}

/** Everything the shell needs from the URL at mount: values (decoded, then normalised), hidden names, notices. */
export function initialState<T extends ParamTable>(spec: DemoSpec<T>, query: Query, ns: string, aliases: readonly string[] = [], embedded = false) {
  const entries = entriesOf(query);
  const decoded = decode(spec.params, entries, ns, aliases);
  const normalized = normalizeValues(spec, decoded.values);
  const { hidden, notices } = resolveHidden(spec, entries, ns, aliases, embedded);
  return { values: normalized.values, hidden, notices: [...decoded.notices, ...normalized.notices, ...notices] };
}
