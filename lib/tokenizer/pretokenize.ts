/**
 * Pre-tokenisation: the text is cut into chunks before BPE, and merges never cross a chunk's edge
 * (as GPT-2 does with its regular expression). Our split, in order of the alternatives:
 *
 *   1. a run of Han characters (汉字, including the rare extensions outside the BMP), kept whole, so
 *      merges can build first whole characters (3 or 4 bytes each) and then whole words (梯度下降);
 *   2. an optional space and a run of other letters with their combining marks (` model`, `é`);
 *   3. an optional space and a run of digits (` 2048`);
 *   4. an optional space and a run of anything else that is not a space: punctuation, symbols,
 *      emoji with their joiners and variation selectors (`，`, ` (`, `👩‍💻`);
 *   5. a run of whitespace (a newline, indentation);
 *   6. any single code unit left (a lone surrogate): never reached on valid text, but it makes the
 *      chunks cover every string, so joining them gives the text back.
 *
 * Unlike GPT-2 we do not split off English contractions ('s, 't): the book is Chinese.
 */
export const PRETOKENIZE_PATTERN =
  /\p{Script=Han}+| ?(?:(?!\p{Script=Han})[\p{L}\p{M}])+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+|[\s\S]/gu;

/** A short description of the split, recorded in the tokenizer's file. */
export const PRETOKENIZE_DESCRIPTION = 'han-runs | ?letters+marks | ?digits | ?other | whitespace';

/** The chunks of a text, in order; their concatenation is the text. */
export function pretokenize(text: string): string[] {
  return text.match(PRETOKENIZE_PATTERN) ?? [];
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (a lone surrogate becomes EF BF BD, U+FFFD, as in every UTF-8 encoder). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** How often each chunk occurs in a text. */
export function chunkCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of pretokenize(text)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
