/**
 * Encoding and decoding with learned byte-level BPE merges. Encoding a chunk starts from its UTF-8
 * bytes and applies merges in rank order: among the adjacent pairs present, the one learned first
 * (lowest rank) is merged everywhere, and again, until no adjacent pair is a learned merge. This is
 * GPT-2's loop; applying merges in another order can give other tokens (a test shows one).
 */
import { type Merge, mergePair, pairKey } from './train';
import { pretokenize, utf8 } from './pretokenize';

/** One token of an encoded text. */
export interface Token {
  id: number;
  bytes: Uint8Array;
  /** The token's bytes as text, or null when they are not valid UTF-8 on their own (a character cut in two). */
  text: string | null;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The bytes as text, or null if they are not complete, valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

export class Bpe {
  readonly merges: readonly Merge[];
  private readonly ranks = new Map<number, number>();
  private readonly bytesOf: Uint8Array[] = [];
  private readonly cache = new Map<string, number[]>();

  /** Uses the first `vocabSize − 256` merges (all of them when vocabSize is omitted). */
  constructor(merges: readonly Merge[], vocabSize = 256 + merges.length) {
    if (!Number.isInteger(vocabSize) || vocabSize < 256) throw new Error(`词表大小应是不小于 256 的整数，收到 ${vocabSize}`);
    if (vocabSize - 256 > merges.length) throw new Error(`词表大小 ${vocabSize} 需要 ${vocabSize - 256} 次合并，但只有 ${merges.length} 次`);
    this.merges = merges.slice(0, vocabSize - 256);
    for (let b = 0; b < 256; b++) this.bytesOf.push(Uint8Array.of(b));
    this.merges.forEach(([a, b], rank) => {
      const id = 256 + rank;
      if (!(a < id && b < id && a >= 0 && b >= 0)) throw new Error(`第 ${rank} 次合并 (${a}, ${b}) 引用了还不存在的词元`);
      this.ranks.set(pairKey(a, b), rank);
      const left = this.bytesOf[a];
      const right = this.bytesOf[b];
      const joined = new Uint8Array(left.length + right.length);
      joined.set(left);
      joined.set(right, left.length);
      this.bytesOf.push(joined);
    });
  }

  get vocabSize(): number {
    return 256 + this.merges.length;
  }

  /** The ids of one pre-tokenised chunk. */
  encodeChunk(chunk: string): number[] {
    const hit = this.cache.get(chunk);
    if (hit) return hit;
    let ids = Array.from(utf8(chunk));
    for (;;) {
      let best = Infinity;
      for (let i = 0; i + 1 < ids.length; i++) {
        const r = this.ranks.get(pairKey(ids[i], ids[i + 1]));
        if (r !== undefined && r < best) best = r;
      }
      if (best === Infinity) break;
      const [a, b] = this.merges[best];
      ids = mergePair(ids, a, b, 256 + best);
    }
    if (this.cache.size < 50_000) this.cache.set(chunk, ids);
    return ids;
  }

  encode(text: string): number[] {
    return pretokenize(text).flatMap((c) => this.encodeChunk(c));
  }

  /** The bytes a token stands for. */
  tokenBytes(id: number): Uint8Array {
    const b = this.bytesOf[id];
    if (!b) throw new Error(`词元 ${id} 不在词表里（0 到 ${this.vocabSize - 1}）`);
    return b;
  }

  /** The ids' bytes, joined. */
  bytes(ids: readonly number[]): Uint8Array {
    const parts = ids.map((id) => this.tokenBytes(id));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** Text of the ids: invalid or incomplete UTF-8 shows as U+FFFD 「�」, as GPT-2 prints it. */
  decode(ids: readonly number[]): string {
    return lenient.decode(this.bytes(ids));
  }

  /** The text's tokens with their bytes and, where the bytes are a whole text alone, that text. */
  tokens(text: string): Token[] {
    return this.encode(text).map((id) => {
      const bytes = this.tokenBytes(id);
      return { id, bytes, text: strictUtf8(bytes) };
    });
  }
}
