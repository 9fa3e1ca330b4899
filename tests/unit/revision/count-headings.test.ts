/**
 * A heading that announces a count (「三种…」「4 个…」「五类…」) agrees with what its section lists:
 * the first thing in its section that can be counted: the rows of a table, the items of a list, the
 * numbered rows (1), (2)… of a display formula, or the bold terms of a paragraph (two or more). "一个…" is an article,
 * not a count, so only counts of two or more are checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { contentFiles, parseMdx } from '../helpers/mdx';

const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const COUNT = /(两|[二三四五六七八九十]|\d+)\s*(?:个|种|类|条|项|点|件|步|篇|位|组|要素)/u;

/** The number a heading announces, or null. */
export function announced(title: string): number | null {
  const m = COUNT.exec(title.replace(/\[#[^\]]+\]$/, '').replace(/\d+(?:\.\d+)+/g, ''));
  if (!m) return null;
  const n = NUMERALS[m[1]] ?? Number(m[1]);
  return n >= 2 ? n : null;
}

/** What one node lists, if it is a table, a list, a formula with numbered rows or a paragraph with bold terms. */
function countOf(node: RootContent): { n: number; by: string } | null {
  if (node.type === 'table') return { n: node.children.length - 1, by: 'table rows' };
  if (node.type === 'list') return { n: node.children.length, by: 'list items' };
  if (node.type === 'math' && /\\text\{\(1\)/.test(node.value)) {
    return { n: (node.value.match(/\\text\{\(\d+\)/g) ?? []).length, by: 'numbered formula rows' };
  }
  if (node.type === 'paragraph') {
    const bold = node.children.filter((c) => c.type === 'strong').length;
    if (bold >= 2) return { n: bold, by: 'bold terms of a paragraph' };
  }
  return null;
}

/** How many things the section (the nodes up to the next heading) lists: its first countable node. */
export function listed(section: RootContent[]): { n: number; by: string } | null {
  for (const node of section) {
    const c = countOf(node);
    if (c) return c;
  }
  return null;
}

interface Announcement {
  file: string;
  title: string;
  says: number;
  has: { n: number; by: string } | null;
}

function announcements(file: string): Announcement[] {
  const nodes = parseMdx(fs.readFileSync(file, 'utf8')).children;
  const out: Announcement[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const title = toString(node);
    const says = announced(title);
    if (says === null) return;
    const end = nodes.findIndex((n, j) => j > i && n.type === 'heading');
    out.push({ file: path.basename(file), title, says, has: listed(nodes.slice(i + 1, end < 0 ? undefined : end)) });
  });
  return out;
}

describe('headings that announce a count', () => {
  it('reads counts in Chinese numerals and digits, and ignores "一个" and section numbers', () => {
    expect(announced('四个问题，四类方法 [#x]')).toBe(4);
    expect(announced('找数据的两种方式')).toBe(2);
    expect(announced('12 条经验')).toBe(12);
    expect(announced('实例：一个 2-2-1 网络 [#bp-worked-example]')).toBeNull();
    expect(announced('1.2.1 大模型的概念')).toBeNull();
  });

  it('counts a table, a list, numbered formula rows and bold terms', () => {
    const section = (md: string) => parseMdx(md).children;
    expect(listed(section('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n'))).toEqual({ n: 3, by: 'table rows' });
    expect(listed(section('- 甲\n- 乙\n'))).toEqual({ n: 2, by: 'list items' });
    expect(listed(section('$$\na && \\text{(1) 甲} \\\\\nb && \\text{(2) 乙}\n$$\n'))).toEqual({ n: 2, by: 'numbered formula rows' });
    expect(listed(section('归结为 **数据**、**算法** 和 **算力**。'))).toEqual({ n: 3, by: 'bold terms of a paragraph' });
  });

  const all = contentFiles().flatMap(announcements);

  it('the book has such headings (so the check below checks something)', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  for (const a of all) {
    it(`${a.file}: 「${a.title}」 lists ${a.says}`, () => {
      expect(a.has, 'the section should list what its heading counts (a table, a list, numbered formula rows or bold terms)').not.toBeNull();
      expect(a.has!.n, `counted by ${a.has!.by}`).toBe(a.says);
    });
  }
});
