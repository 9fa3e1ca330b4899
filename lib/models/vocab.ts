/**
 * A character vocabulary: a few special tokens, then one token per character. Characters are code
 * points (Array.from), so a rare character outside the BMP is still one token.
 */
export const PAD = '[PAD]';
export const UNK = '[UNK]';
export const CLS = '[CLS]';
export const MASK = '[MASK]';
export const SPECIALS = [PAD, UNK, CLS, MASK] as const;

export interface Encoded {
  ids: number[];
  /** Characters of the input that are not in the vocabulary (each became [UNK]), in order, once each. */
  unknown: string[];
}

export class Vocab {
  readonly tokens: readonly string[];
  private readonly index: Map<string, number>;

  constructor(readonly chars: readonly string[]) {
    this.tokens = [...SPECIALS, ...chars];
    this.index = new Map(this.tokens.map((t, i) => [t, i]));
    if (this.index.size !== this.tokens.length) throw new Error('the vocabulary has a repeated character');
  }

  /** Every distinct character of the text, in code-point order. */
  static fromText(text: string): Vocab {
    return new Vocab([...new Set(Array.from(text))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
  }

  get size(): number {
    return this.tokens.length;
  }

  id(token: string): number {
    return this.index.get(token) ?? SPECIALS.indexOf(UNK);
  }

  has(char: string): boolean {
    return this.index.has(char) && !(SPECIALS as readonly string[]).includes(char);
  }

  encode(text: string): Encoded {
    const ids: number[] = [];
    const unknown = new Set<string>();
    for (const ch of Array.from(text)) {
      const id = this.index.get(ch);
      if (id === undefined || id < SPECIALS.length) unknown.add(ch);
      ids.push(id !== undefined && id >= SPECIALS.length ? id : this.id(UNK));
    }
    return { ids, unknown: [...unknown] };
  }

  /** Special tokens other than [UNK] are dropped; [UNK] shows as �. */
  decode(ids: readonly number[]): string {
    return ids.map((i) => this.tokenText(i)).join('');
  }

  tokenText(id: number): string {
    if (id === this.id(UNK)) return '\ufffd';
    return id >= SPECIALS.length && id < this.tokens.length ? this.tokens[id] : '';
  }
}
