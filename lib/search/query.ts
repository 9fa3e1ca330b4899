/**
 * Query hygiene, in a module of its own so that the search boxes can use it without loading the
 * engine (MiniSearch) before the reader searches.
 */

/** The longest query kept; anything after is dropped. */
export const MAX_QUERY = 64;

/**
 * A query made safe: control, format, surrogate and private-use characters replaced by spaces,
 * whitespace collapsed, at most MAX_QUERY characters. Any value (a hostile ?q=) gives a plain,
 * short string, possibly ''.
 */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const flat = raw.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return [...flat].slice(0, MAX_QUERY).join('').trim();
}
