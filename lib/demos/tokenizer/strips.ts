/**
 * The three ways the demo cuts the reader's text (pure: the view only draws them): the mini
 * models' characters, byte-level BPE, and raw UTF-8 bytes. Each token records which characters of
 * the text it covers, so the view can show where a character's bytes were cut apart.
 */
import type { Bpe } from '../../tokenizer/bpe';
import { utf8 } from '../../tokenizer/pretokenize';
import type { Vocab } from '../../models/vocab';

export interface StripToken {
  id: number;
  /** What the token shows: its text (spaces and control characters made visible), or 「�」. */
  label: string;
  /** The token's bytes in hex ("E9 B9"). */
  hex: string;
  /** The bytes are not a whole character on their own: the token is shown as 「�」. */
  broken: boolean;
  /** A character the vocabulary does not have (character level only): it became [UNK]. */
  unknown: boolean;
}

export interface Strip {
  tokens: StripToken[];
  /** Characters whose bytes lie in more than one token, once each, in order. */
  cut: CutChar[];
}

export interface CutChar {
  char: string;
  hex: string;
  /** Into how many tokens its bytes went. */
  pieces: number;
}

export const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Spaces and control characters made visible: · for a space, ↵ for a newline, \xNN for the others. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0020\u007f]/g, (c) => (c === ' ' ? '·' : c === '\n' ? '↵' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Tokens given as byte lengths, with the characters cut between them. */
function withCuts(text: string, tokens: StripToken[], lengths: number[]): Strip {
  const cut: CutChar[] = [];
  const ends = new Set<number>();
  let at = 0;
  for (const n of lengths) ends.add((at += n));
  let pos = 0;
  for (const ch of Array.from(text)) {
    const bytes = utf8(ch);
    let pieces = 1;
    for (let k = 1; k < bytes.length; k++) if (ends.has(pos + k)) pieces++;
    if (pieces > 1 && !cut.some((c) => c.char === ch)) cut.push({ char: ch, hex: hex(bytes), pieces });
    pos += bytes.length;
  }
  return { tokens, cut };
}

/** One token per byte: ids 0–255. */
export function byteStrip(text: string): Strip {
  const bytes = Array.from(utf8(text));
  // ASCII bytes show their character; the others their hex value (alone they are no character).
  const tokens = bytes.map((b) => ({ id: b, label: b < 0x80 ? visible(String.fromCharCode(b)) : hex(Uint8Array.of(b)), hex: hex(Uint8Array.of(b)), broken: false, unknown: false }));
  return withCuts(text, tokens, bytes.map(() => 1));
}

/** Byte-level BPE at the vocabulary the Bpe was built with. */
export function bpeStrip(text: string, bpe: Bpe): Strip {
  const tokens = bpe.tokens(text);
  return withCuts(
    text,
    tokens.map((t) => ({ id: t.id, label: t.text === null ? '\uFFFD' : visible(t.text), hex: hex(t.bytes), broken: t.text === null, unknown: false })),
    tokens.map((t) => t.bytes.length),
  );
}

/** The mini models' characters: one token per code point; characters outside their vocabulary become [UNK]. */
export function charStrip(text: string, vocab: Vocab): Strip {
  const chars = Array.from(text);
  const { ids } = vocab.encode(text);
  const tokens = chars.map((ch, i) => {
    const unknown = !vocab.has(ch);
    return { id: ids[i], label: visible(ch), hex: hex(utf8(ch)), broken: false, unknown };
  });
  return { tokens, cut: [] };
}

/** The cost of `tokens` at `pricePer1k` per 1000 tokens, and the share of a context of `ctx` tokens. */
export function usage(tokens: number, pricePer1k: number, ctx: number): { cost: number; share: number } {
  return { cost: (tokens / 1000) * pricePer1k, share: tokens / ctx };
}
