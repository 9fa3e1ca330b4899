/**
 * /errata/ lists each correction once: two 勘误 notes whose quoted words are the same (after dropping
 * where-in-the-document remarks in parentheses, spaces and punctuation) are one correction printed
 * twice. Keep one note and link to it from the other place.
 */
import { describe, expect, it } from 'vitest';
import { loadBook } from '@/lib/content/loader';

/** The claim a note quotes, without （…） remarks, spaces, quotes and punctuation. */
export function claimOf(said: string): string {
  return said
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/[\s「」『』“”"'。，、；：！？.,;:!?…]/g, '')
    .toLowerCase();
}

describe('勘误 notes', () => {
  it('the same claim, quoted in two ways, normalises to one key', () => {
    expect(claimOf('GPT-3 模型包含了 175 亿个参数。')).toBe(claimOf('GPT-3 模型包含了 175 亿个参数（3.1 节与 1.2.2 节）'));
    expect(claimOf('max_tokens=1')).not.toBe(claimOf('max_tokens=16'));
  });

  it('each correction appears once in the book (and so once at /errata/)', () => {
    const notes = loadBook().flatMap((c) => c.errata.map((e) => ({ where: `${c.slug}#${e.sectionId}`, said: e.said })));
    expect(notes.length).toBeGreaterThanOrEqual(8);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const n of notes) {
      const key = claimOf(n.said);
      const first = seen.get(key);
      if (first) twice.push(`「${n.said}」 at ${n.where} repeats ${first}`);
      else seen.set(key, n.where);
    }
    expect(twice).toEqual([]);
  });
});
