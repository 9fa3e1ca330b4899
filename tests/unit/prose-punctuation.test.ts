/**
 * The book's punctuation, in the prose a reader sees: quotations in 「」 (nested ones in 『』), never
 * ‘’ or “”, nor ASCII quotes around Chinese words; and a minus sign before a number written as
 * U+2212 (−0.3), not as a hyphen (-0.3). Code, formulas (KaTeX typesets its own minus) and
 * component attributes that hold no prose are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '@/lib/demos/registry';

const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/** The prose of an MDX file, with code, math and frontmatter blanked out (line numbers kept). */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^(\s*)(```|~~~)[\s\S]*?^\s*\2/gm, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\$[^$\n]*\$/g, blank)
    .replace(/\b(?:name|id|href|src)="[^"\n]*"/g, blank);
}

/** Each line of the text where the punctuation is wrong, as "line N: why: …". */
export function punctuationFaults(text: string): string[] {
  const faults: string[] = [];
  text.split('\n').forEach((line, i) => {
    const at = (why: string) => faults.push(`line ${i + 1}: ${why}: ${line.trim().slice(0, 80)}`);
    if (/[‘’“”]/.test(line)) at('curly quotes (use 「」, 『』 inside)');
    if (/"[^"\n]*[\u4e00-\u9fff][^"\n]*"/.test(line.replace(/\b(?:said|title|kind)="[^"\n]*"/g, ''))) at('ASCII quotes around Chinese (use 「」)');
    if (/(?:^|[\s（(，、：；=])-\d/.test(line)) at('hyphen as a minus sign (use U+2212 −)');
  });
  return faults;
}

describe('punctuation of the prose', () => {
  const dir = path.join(process.cwd(), 'content');
  const chapters = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));

  it('finds the chapters', () => expect(chapters.length).toBeGreaterThanOrEqual(10));

  for (const file of chapters) {
    it(`content/${file}`, () => {
      expect(punctuationFaults(proseOf(fs.readFileSync(path.join(dir, file), 'utf8')))).toEqual([]);
    });
  }

  it('the glossary definitions', () => {
    const glossary = JSON.parse(fs.readFileSync(path.join(dir, 'glossary.json'), 'utf8')) as { zh: string; definition: string }[];
    expect(glossary.length).toBeGreaterThan(10);
    expect(punctuationFaults(glossary.map((g) => `${g.zh}：${g.definition}`).join('\n'))).toEqual([]);
  });

  it('the demos’ titles and descriptions (the placeholders, the print figures, the home page)', () => {
    expect(punctuationFaults(DEMOS.map((d) => `${d.title}：${d.description}`).join('\n'))).toEqual([]);
  });

  it('catches each fault, and leaves code and formulas alone', () => {
    expect(punctuationFaults('他说‘型’就是类型。')).toHaveLength(1);
    expect(punctuationFaults('所谓“涌现”能力')).toHaveLength(1);
    expect(punctuationFaults('所谓 "涌现" 能力')).toHaveLength(1);
    expect(punctuationFaults('偏置取 -0.3，权重为 0.5')).toHaveLength(1);
    expect(punctuationFaults('偏置取 −0.3，区间 3-5 与 a-1 不算')).toEqual([]);
    expect(punctuationFaults('所谓「涌现」，即『大力出奇迹』')).toEqual([]);
    const mdx = '---\ntitle: "标题"\n---\n正文 $x = -1$ 与 `f("中文")`\n```py\nprint("中文", -1)\n```\n<Demo name="gd" />\n';
    expect(punctuationFaults(proseOf(mdx))).toEqual([]);
    expect(proseOf(mdx).split('\n')).toHaveLength(mdx.split('\n').length);
  });
});
