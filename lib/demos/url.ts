/**
 * The page's query string, read in one tolerant place. Links are shared through chat apps and
 * slides, which cut them in the middle of an escape (`?gpt.prompt=%E6%A2`) or append their own
 * keys; such a link must still open the book with every demo working. So:
 *
 *   - a malformed percent-escape never throws: the valid escapes around it are decoded and the
 *     broken bytes are dropped, with a notice;
 *   - `tfjsflags` is removed: tfjs-core reads it from location.search when first evaluated and would
 *     let any link change engine settings (or crash every demo with `DEBUG:true`).
 *
 * `cleanLocation()` applies both to the address bar before any demo code (and so tfjs-core) loads.
 */

/** Query keys that are never honoured and are removed from the address. */
export const FORBIDDEN_KEYS: readonly string[] = ['tfjsflags'];

/** Decodes a percent-encoded component; malformed escapes are dropped instead of throwing. */
export function safeDecode(raw: string): { text: string; repaired: boolean } {
  const text = raw.replace(/\+/g, ' ');
  try {
    return { text: decodeURIComponent(text), repaired: false };
  } catch {
    // Decode run by run: each maximal run of escapes is decoded as UTF-8 where it is valid; bytes
    // that do not form a character are dropped.
    const out = text.replace(/(?:%[0-9A-Fa-f]{2})+|%[0-9A-Fa-f]?/g, (run) => {
      if (run.length < 3) return ''; // a cut escape: '%' and at most one hex digit
      const bytes = run.match(/%[0-9A-Fa-f]{2}/g)!.map((b) => parseInt(b.slice(1), 16));
      return new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes)).replace(/\uFFFD/g, '');
    });
    return { text: out, repaired: true };
  }
}

export interface ParsedQuery {
  /** Key–value pairs in order (repeated keys kept; consumers decide which wins). */
  entries: [string, string][];
  /** For the reader: what was repaired or dropped. */
  notices: string[];
  /** The query as it should stand in the address bar ('' or '?…'), or null if it is fine as it is. */
  cleaned: string | null;
}

/** Reads `?a=1&b=%E6%A2` without ever throwing. */
export function parseQuery(search: string): ParsedQuery {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const entries: [string, string][] = [];
  const notices: string[] = [];
  let dirty = false;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = safeDecode(rawKey);
    const value = safeDecode(rawValue);
    if (FORBIDDEN_KEYS.includes(key.text)) {
      notices.push(`地址中的「${key.text}」参数不被采用，已移除`);
      dirty = true;
      continue;
    }
    if (key.repaired || value.repaired) {
      notices.push(`地址中「${boundText(key.text, 40)}」的值含有残缺的转义序列（链接可能被截断），已尽量修复`);
      dirty = true;
    }
    entries.push([key.text, value.text]);
  }
  const cleaned = dirty ? toSearch(entries) : null;
  return { entries, notices, cleaned };
}

/** Entries back to a query string ('' when empty). */
export function toSearch(entries: readonly [string, string][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) params.append(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Decodes a fragment (`#sec-2-1`, `#100%`) without throwing; a malformed one is returned raw. */
export function safeHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Text shown back to the reader: at most `max` characters (…), isolated so bidi controls cannot reorder the sentence around it. */
export function boundText(text: string, max = 60): string {
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `\u2068${cut}\u2069`;
}

/**
 * Repairs the address bar in place (history.replaceState) and returns the notices. Call once, before
 * tfjs-core is evaluated (it reads location.search when its module loads).
 */
export function cleanLocation(loc: { search: string; pathname: string; hash: string }, replace: (url: string) => void): string[] {
  const parsed = parseQuery(loc.search);
  if (parsed.cleaned !== null) replace(`${loc.pathname}${parsed.cleaned}${loc.hash}`);
  return parsed.notices;
}
