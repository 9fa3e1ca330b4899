/** The tokenizer demo's plain logic: the three strips, the characters BPE cuts, the billing line. */
import { describe, expect, it } from 'vitest';
import { PARAMS } from '@/lib/demos/tokenizer/params';
import { bpeStrip, byteStrip, charStrip, hex, usage, visible } from '@/lib/demos/tokenizer/strips';
import { Vocab } from '@/lib/models/vocab';
import { Bpe } from '@/lib/tokenizer/bpe';

describe('tokenizer demo', () => {
  it('its default text mixes Chinese, English, digits and an emoji', () => {
    const t = PARAMS.text.default;
    expect(t).toMatch(/\p{Script=Han}/u);
    expect(t).toMatch(/[A-Za-z]/);
    expect(t).toMatch(/\d/);
    expect(t).toMatch(/\p{Extended_Pictographic}/u);
  });

  it('cuts into bytes: 「鹦a」 is E9 B9 A6 61, shown in hex but for ASCII', () => {
    const s = byteStrip('鹦a');
    expect(s.tokens.map((t) => t.id)).toEqual([0xe9, 0xb9, 0xa6, 0x61]);
    expect(s.tokens.map((t) => t.label)).toEqual(['E9', 'B9', 'A6', 'a']);
    expect(s.cut).toEqual([{ char: '鹦', hex: 'E9 B9 A6', pieces: 3 }]);
  });

  it('finds the characters BPE cut apart, and shows their pieces as �', () => {
    const bpe = new Bpe([[0xe9, 0xb9]]); // 256 = E9 B9: 「鹦」 becomes [256, A6]
    const s = bpeStrip('鹦 x', bpe);
    expect(s.tokens.map((t) => t.id)).toEqual([256, 0xa6, 0x20, 0x78]);
    expect(s.tokens.map((t) => t.label)).toEqual(['\uFFFD', '\uFFFD', '·', 'x']);
    expect(s.tokens[0].hex).toBe('E9 B9');
    expect(s.cut).toEqual([{ char: '鹦', hex: 'E9 B9 A6', pieces: 2 }]);
    // With the merge completing the character, nothing is cut.
    expect(bpeStrip('鹦', new Bpe([[0xe9, 0xb9], [256, 0xa6]])).cut).toEqual([]);
  });

  it('cuts into the mini models’ characters, unknown ones as [UNK]', () => {
    const vocab = new Vocab(['模', '型']);
    const s = charStrip('模型🙂', vocab);
    expect(s.tokens.map((t) => t.id)).toEqual([4, 5, 1]); // after the 4 special tokens; [UNK] is 1
    expect(s.tokens.map((t) => t.unknown)).toEqual([false, false, true]);
    expect(s.tokens.length).toBe(3); // one per code point, the emoji too
  });

  it('prices tokens per thousand and measures the context share', () => {
    // 1500 tokens at ¥0.02 per 1000: 1.5 × 0.02 = ¥0.03; of 2048 positions: 1500 / 2048 = 0.732421875.
    expect(usage(1500, 0.02, 2048).cost).toBeCloseTo(0.03, 12);
    expect(usage(1500, 0.02, 2048).share).toBe(0.732421875);
  });

  it('makes spaces and control characters visible', () => {
    expect(visible('a b\n\u0007')).toBe('a·b↵\\x07');
    expect(hex(Uint8Array.of(0, 15, 255))).toBe('00 0F FF');
  });
});
