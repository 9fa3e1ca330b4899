/** Cutting a chapter's MDX tree into search documents. */
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdast';
import { chapterSections, glossaryDocs, texText } from '@/lib/search/sections';

const SOURCE = `---
title: 测试
---

## 1 第一节 [#one]

正文有 **加粗** 和 $\\theta_t$ 公式，还有 \`inline\` 代码。

$$
p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}} = \\operatorname{softmax}(z)_i
$$

<Callout kind="note" title="提示标题">

提示正文。

</Callout>

### 1.1 小节 [#one-a]

<Exercise title="练习一">

题目正文。

<Answer>

答案正文。

</Answer>

</Exercise>

<Erratum said="原文的说法">改正。</Erratum>

## 2 第二节 [#two]

| 甲 | 乙 |
|---|---|
| 表格 | 内容 |
`;

describe('chapterSections', () => {
  const docs = chapterSections(parseMdx(SOURCE), { slug: 'test', where: '第 1 章 测试' });

  it('cuts at every heading (## to ####) and links to the heading id', () => {
    expect(docs.map((d) => [d.id, d.title, d.href])).toEqual([
      ['one', '1 第一节', '/test/#one'],
      ['one-a', '1.1 小节', '/test/#one-a'],
      ['two', '2 第二节', '/test/#two'],
    ]);
  });

  it('keeps prose, formula text, code, callout titles, exercises with answers, errata', () => {
    const [one, sub, two] = docs;
    expect(one.text).toContain('正文有 加粗 和 θ t 公式，还有 inline 代码。');
    expect(one.text).toContain('softmax');
    expect(one.text).toContain('提示标题');
    expect(one.text).toContain('提示正文。');
    expect(one.text).not.toContain('题目正文');
    expect(sub.text).toContain('练习一');
    expect(sub.text).toContain('题目正文。');
    expect(sub.text).toContain('答案正文。');
    expect(sub.text).toContain('原文的说法');
    expect(two.text).toContain('表格');
    expect(two.text).not.toMatch(/title:/);
  });
});

describe('texText', () => {
  it('keeps \\text and operator names, turns Greek commands into letters, drops the rest', () => {
    expect(texText('\\text{softmax}(z)_i')).toBe('softmax (z) i');
    expect(texText('\\theta_{t+1} = \\theta_t - \\alpha \\nabla L')).toBe('θ t+1 = θ t - α ∇ L');
    expect(texText('\\operatorname{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)')).toBe('softmax ( QK √ d k )');
    expect(texText('\\frac{1}{2} \\times 3')).toBe('1/2 × 3');
    expect(texText('\\begin{cases} 1 & x \\in A \\\\ 0 \\end{cases}')).toBe('1 x ∈ A 0');
  });
});

describe('glossaryDocs', () => {
  it('makes the terms the title and links to term-<id>', () => {
    const [d] = glossaryDocs([{ id: 'softmax', zh: 'softmax', en: 'softmax', aliases: ['Softmax 函数'], definition: '把一组实数变成概率分布的函数。', section: 'x', related: [], group: 'g' }]);
    expect(d).toMatchObject({ id: 'term-softmax', href: '/glossary/#term-softmax', kind: 'glossary', title: 'softmax', where: '术语表' });
    expect(d.text).toContain('Softmax 函数');
  });
});
