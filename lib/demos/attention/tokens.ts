/**
 * The attention explorer's tokenizer: a deliberately simple one, so a reader can predict it.
 * - each CJK character (Han, kana, Hangul) is one token: 小猫 → 小 · 猫;
 * - a run of other letters or digits is one token (a word or a number), with an inner apostrophe,
 *   period or comma between two of them kept: don't · 3.14 · 1,000;
 * - every other visible character (punctuation, symbols, emoji) is a token of its own;
 * - whitespace only separates.
 * Real models use learned sub-word vocabularies (BPE, WordPiece); this one only feeds the demo.
 */

/** The most tokens the demo takes; longer input is cut, with a notice. */
export const MAX_TOKENS = 16;

export interface Tokenized {
  /** At most `max` tokens. */
  tokens: string[];
  /** How many tokens the whole input has. */
  total: number;
  /** True when tokens were dropped. */
  truncated: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const JOINERS = new Set(["'", '’', '.', ',']);

type Kind = 'cjk' | 'word' | 'space' | 'other';

function kindOf(ch: string): Kind {
  if (CJK.test(ch)) return 'cjk';
  if (WORD.test(ch)) return 'word';
  if (SPACE.test(ch)) return 'space';
  return 'other';
}

/** Splits `text` into tokens (see the module comment); keeps the first `max`. */
export function tokenize(text: string, max = MAX_TOKENS): Tokenized {
  const chars = Array.from(text.normalize('NFC'));
  const kinds = chars.map(kindOf);
  const all: string[] = [];
  let word = '';
  const flush = () => {
    if (word) all.push(word);
    word = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const kind = kinds[i];
    if (kind === 'word') {
      word += ch;
    } else if (word && JOINERS.has(ch) && kinds[i + 1] === 'word') {
      word += ch; // don't, 3.14, 1,000
    } else {
      flush();
      if (kind === 'cjk' || kind === 'other') all.push(ch);
    }
  }
  flush();
  return { tokens: all.slice(0, max), total: all.length, truncated: all.length > max };
}

/** The reader's notice when the input was cut, or null. */
export function truncationNotice(t: Tokenized): string | null {
  return t.truncated ? `输入共有 ${t.total} 个词元，演示只取前 ${t.tokens.length} 个。` : null;
}
