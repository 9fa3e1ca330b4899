/** The remark plugin that gives headings their permanent ids, run through the real MDX compiler. */
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkHeadingIds, { splitHeadingId } from '@/lib/mdx/heading-ids.mjs';
import rehypeFocusableMath from '@/lib/mdx/rehype-focusable-math.mjs';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

async function html(source: string): Promise<string> {
  const out = await compile({ value: source, path: 'content/t.mdx' }, {
    remarkPlugins: [remarkMath, remarkHeadingIds],
    rehypePlugins: [rehypeKatex, rehypeFocusableMath],
    outputFormat: 'function-body',
    development: false,
  });
  return String(out);
}

describe('remark-heading-ids', () => {
  it('moves the [#id] suffix into the id and out of the visible title', async () => {
    const out = await html('## 2.1 梯度下降 [#sec-2-1]\n\n### 直觉 **粗体** [#gd-intuition]\n');
    expect(out).toContain('id: "sec-2-1"');
    expect(out).toContain('children: "2.1 梯度下降"');
    expect(out).toContain('id: "gd-intuition"');
    expect(out).not.toContain('[#');
  });

  it.each([
    ['## 标题\n', /content\/t\.mdx:1: heading has no permanent id/],
    ['# 标题 [#x]\n', /content\/t\.mdx:1: use ## or deeper/],
    ['## 甲 [#a-1]\n\n## 乙 [#a-1]\n', /content\/t\.mdx:3: duplicate heading id "a-1"/],
    ['## 甲 [#A_1]\n', /heading id "A_1" must be lowercase ASCII/],
  ])('fails the compile for %j', async (source, message) => {
    await expect(html(source)).rejects.toThrow(message);
  });

  it('splits titles and ids', () => {
    expect(splitHeadingId('Q1 大模型与小模型的区别是什么？ [#faq-q1]')).toEqual({ title: 'Q1 大模型与小模型的区别是什么？', id: 'faq-q1' });
    expect(splitHeadingId('没有 id')).toEqual({ title: '没有 id', id: null });
  });
});

describe('rehype-focusable-math', () => {
  it('makes display formulas focusable and leaves inline math alone', async () => {
    const out = await html('行内 $a$。\n\n$$\nb\n$$\n');
    expect(out).toMatch(/className: "katex-display",\s*tabIndex: "0"/);
    expect((out.match(/tabIndex/g) ?? []).length).toBe(1);
  });
});
