/**
 * The search tokenizer, shared by the index (build time and the worker) and the query side, so the
 * two always segment alike. Text is first split into runs: CJK characters (Han, kana, Hangul) and
 * "Latin" words (any other letters and digits); everything else separates. Then
 *
 *   - a CJK run is indexed as its single characters and its overlapping character pairs
 *     (自注意力 → 自 注 意 力 自注 注意 意力), so any substring of two or more characters matches
 *     through its pairs, and a one-character query through the single characters;
 *   - a Latin run is one lower-cased word ("Softmax" → softmax); "softmax回归" is two runs, so it
 *     matches "softmax" and "回归" separately.
 *
 * A query is tokenized the same way except that a CJK run of two or more characters gives only its
 * pairs (its single characters would match far too much), and one character gives itself.
 */

const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
const CJK = new RegExp(CJK_CLASS, 'u');
/** A CJK run, or a run of letters and digits that are not CJK (Han characters are letters too). */
const RUN = new RegExp(`${CJK_CLASS}+|(?:(?!${CJK_CLASS})[\\p{L}\\p{N}])+`, 'gu');

export interface Run {
  text: string;
  cjk: boolean;
}

/** The CJK runs and Latin words of a text, in order, lower-cased. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of text.toLowerCase().matchAll(RUN)) out.push({ text: m[0], cjk: CJK.test(m[0][0]) });
  return out;
}

/** Overlapping pairs of a CJK run (by code point). */
function pairs(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Tokens of a document text: CJK single characters and pairs, Latin words. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (!r.cjk) {
      out.push(r.text);
      continue;
    }
    const chars = [...r.text];
    out.push(...chars, ...pairs(chars));
  }
  return out;
}

/** Tokens of a query: CJK pairs (or the one character of a one-character run), Latin words. */
export function queryTokens(query: string): string[] {
  const out: string[] = [];
  for (const r of runs(query)) {
    if (!r.cjk) out.push(r.text);
    else {
      const chars = [...r.text];
      out.push(...(chars.length === 1 ? chars : pairs(chars)));
    }
  }
  return [...new Set(out)];
}

/**
 * The key under which the index stores a token. MiniSearch keeps its terms in a radix tree whose
 * nodes it scans key by key; thousands of distinct CJK characters at the root made building the
 * index 2–4× slower than with keys spelled in a small alphabet. So a CJK token is stored as a mark
 * followed by each character's code point in base 32 (4 digits); a Latin word is stored as itself.
 */
export function termKey(token: string): string {
  if (!CJK.test(token)) return token;
  let key = CJK_MARK;
  for (const c of token) key += c.codePointAt(0)!.toString(32).padStart(4, '0');
  return key;
}
const CJK_MARK = '\u0001';

/** True for a key (termKey) of a Latin word: these match as prefixes ("adam" finds "AdamW"). */
export function isLatinKey(key: string): boolean {
  return !key.startsWith(CJK_MARK);
}
