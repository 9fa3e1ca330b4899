/**
 * One typed parameter table per demo (after TensorFlow Playground's state.ts): from it derive the
 * defaults, the controls, the URL encoding and the clamping of bad values. The URL keys of a demo
 * are namespaced (`gd.lr=0.1`), so several demos share one query string.
 */

export type ParamSpec =
  | { kind: 'number'; label: string; default: number; min: number; max: number; step?: number; scale?: 'linear' | 'log' }
  | { kind: 'int'; label: string; default: number; min: number; max: number }
  | { kind: 'enum'; label: string; default: string; options: readonly { value: string; label: string }[] }
  | { kind: 'bool'; label: string; default: boolean }
  | { kind: 'text'; label: string; default: string; maxLength: number }
  | { kind: 'list'; label: string; default: readonly number[]; min: number; max: number; minLength: number; maxLength: number };

export type ParamTable = Readonly<Record<string, ParamSpec>>;

type ValueOf<S extends ParamSpec> = S extends { kind: 'number' | 'int' }
  ? number
  : S extends { kind: 'bool' }
    ? boolean
    : S extends { kind: 'list' }
      ? number[]
      : string;

export type ParamValues<T extends ParamTable> = { [K in keyof T]: ValueOf<T[K]> };

export function defaults<T extends ParamTable>(table: T): ParamValues<T> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) out[key] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  return out as ParamValues<T>;
}

/** A value made valid for its spec, and a notice (in Chinese, for the reader) if it had to change. */
export function coerce(key: string, spec: ParamSpec, raw: string): { value: unknown; notice: string | null } {
  const label = `${spec.label}（${key}）`;
  switch (spec.kind) {
    case 'number':
    case 'int': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return { value: spec.default, notice: `${label}「${raw}」不是数，已用默认值 ${spec.default}` };
      const rounded = spec.kind === 'int' ? Math.round(n) : n;
      const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
      if (clamped !== n) return { value: clamped, notice: `${label} ${raw} 超出范围 [${spec.min}, ${spec.max}]，已改为 ${clamped}` };
      return { value: clamped, notice: null };
    }
    case 'enum': {
      if (spec.options.some((o) => o.value === raw)) return { value: raw, notice: null };
      return { value: spec.default, notice: `${label}「${raw}」不是可选值，已用默认值「${spec.default}」` };
    }
    case 'bool': {
      if (raw === '1' || raw === 'true') return { value: true, notice: null };
      if (raw === '0' || raw === 'false') return { value: false, notice: null };
      return { value: spec.default, notice: `${label}「${raw}」应为 0 或 1，已用默认值` };
    }
    case 'text': {
      const chars = Array.from(raw);
      if (chars.length <= spec.maxLength) return { value: raw, notice: null };
      return { value: chars.slice(0, spec.maxLength).join(''), notice: `${label} 超过 ${spec.maxLength} 个字符，已截断` };
    }
    case 'list': {
      const parts = raw === '' ? [] : raw.split(',');
      const nums = parts.map(Number);
      if (nums.some((n) => !Number.isFinite(n))) return { value: [...spec.default], notice: `${label}「${raw}」不是逗号分隔的数，已用默认值` };
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

/** Reads a demo's values from a query string; unknown keys in its namespace give a notice. */
export function decode<T extends ParamTable>(table: T, search: string, ns: string): { values: ParamValues<T>; notices: string[] } {
  const values = defaults(table) as Record<string, unknown>;
  const notices: string[] = [];
  const prefix = `${ns}.`;
  for (const [fullKey, raw] of new URLSearchParams(search)) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    if (key === 'hide') continue;
    const spec = table[key];
    if (!spec) {
      notices.push(`忽略了未知参数「${fullKey}」`);
      continue;
    }
    const { value, notice } = coerce(key, spec, raw);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as ParamValues<T>, notices };
}

/** The query string with this demo's keys replaced by its non-default values; other keys kept. */
export function encode<T extends ParamTable>(table: T, values: ParamValues<T>, ns: string, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`) && key !== `${ns}.hide`) params.delete(key);
  for (const [key, spec] of Object.entries(table)) {
    const value = (values as Record<string, unknown>)[key];
    if (!same(value, spec.default)) params.set(`${ns}.${key}`, format(spec, value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Controls an embed hides: `?hide=lr,optimizer` (or `?gd.hide=…`): parameter keys, or the names of
 * other controls the demo declares (`play`, `table`, …). Unknown names are ignored.
 */
export function hiddenControls(table: ParamTable, search: string, ns: string, extra: readonly string[] = []): Set<string> {
  const params = new URLSearchParams(search);
  const names = [params.get('hide'), params.get(`${ns}.hide`)].filter(Boolean).join(',');
  return new Set(names.split(',').map((s) => s.trim()).filter((s) => s in table || extra.includes(s)));
}
