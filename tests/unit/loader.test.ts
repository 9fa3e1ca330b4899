/**
 * The content loader and its rules, on small chapter files written to a temporary folder: what a
 * broken chapter does to the build is an Error that names the file and the problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractErrata, extractExercises, extractHeadings, loadBook, loadChapter, validateBook } from '@/lib/content/loader';
import { parseFrontmatter } from '@/lib/content/schema';
import { DOC_SECTIONS } from '@/lib/content/sections';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'book-'));
  dirs.push(d);
  return d;
}

function chapterSource(fm: string, body: string): string {
  return `---\n${fm}\n---\n\n${body}\n`;
}

const GOOD_FM = 'title: 梯度下降\nchapter: 1\nsections: ["2.1"]\nsummary: 沿着负梯度方向一步步走到谷底。';

function write(dir: string, name: string, source: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

describe('frontmatter schema', () => {
  it('accepts a valid chapter', () => {
    expect(parseFrontmatter({ title: 'x', chapter: 3, sections: ['2.1'], summary: '一句足够长的摘要，说明本章内容。' }, 'a.mdx').chapter).toBe(3);
  });

  it.each([
    [{ chapter: 3, sections: ['2.1'], summary: '一句足够长的摘要，说明本章内容。' }, 'title'],
    [{ title: 'x', chapter: 'three', sections: ['2.1'], summary: '一句足够长的摘要，说明本章内容。' }, 'chapter'],
    [{ title: 'x', chapter: 3, sections: ['9.9'], summary: '一句足够长的摘要，说明本章内容。' }, 'sections.0'],
    [{ title: 'x', chapter: 3, sections: [], summary: '一句足够长的摘要，说明本章内容。' }, 'sections'],
    [{ title: 'x', chapter: 3, sections: ['2.1'], summary: '短' }, 'summary'],
    [{ title: 'x', chapter: 3, sections: ['2.1'], summary: '一句足够长的摘要，说明本章内容。', extra: 1 }, '(root)'],
  ])('rejects %j, naming the file and the field %s', (data, field) => {
    expect(() => parseFrontmatter(data, 'content/bad.mdx')).toThrow(new RegExp(`content/bad\\.mdx: invalid frontmatter[\\s\\S]*${field.replace(/[().]/g, '\\$&')}`));
  });
});

describe('headings', () => {
  it('extracts ids and plain titles, and ignores fenced code', () => {
    const src = '## 2.1 **梯度**下降 $\\theta$ [#sec-2-1]\n\n```python\n# not a heading\n## nor this\n```\n\n### 直觉 [#gd-intuition]\n';
    expect(extractHeadings(src, 'x.mdx')).toEqual([
      { depth: 2, title: '2.1 梯度下降 \\theta', id: 'sec-2-1' },
      { depth: 3, title: '直觉', id: 'gd-intuition' },
    ]);
  });

  it.each([
    ['# 标题 [#a]', /use ## or deeper/],
    ['## 没有 id', /has no permanent id/],
    ['## 中文 id [#梯度]', /must be lowercase ASCII/],
    ['## Upper [#Sec-1]', /must be lowercase ASCII/],
  ])('rejects %s with a message naming the line', (line, message) => {
    expect(() => extractHeadings(`\n${line}\n`, 'content/x.mdx')).toThrow(/content\/x\.mdx:2/);
    expect(() => extractHeadings(`\n${line}\n`, 'content/x.mdx')).toThrow(message);
  });
});

describe('勘误 notes', () => {
  it('are listed with the section they sit under', () => {
    const src = '## 2.1 梯度下降 [#sec-2-1]\n\n<Erratum said="沿着梯度方向">负梯度。</Erratum>\n\n### 公式 [#gd-formula]\n\n<Erratum said="∇L(θ)">在 θ_t 处。</Erratum>\n';
    const headings = extractHeadings(src, 'x.mdx');
    expect(extractErrata(src, headings, 'x.mdx')).toEqual([
      { said: '沿着梯度方向', sectionId: 'sec-2-1' },
      { said: '∇L(θ)', sectionId: 'gd-formula' },
    ]);
  });

  it('must sit under a heading', () => {
    expect(() => extractErrata('<Erratum said="x">y</Erratum>\n', [], 'content/x.mdx')).toThrow(/content\/x\.mdx: an <Erratum> must sit under a heading/);
  });

  it('are read from the syntax tree: inline notes count, code blocks and depth-5 headings do not', () => {
    const src = [
      '## 甲 [#sec-a]',
      '',
      '正文 <Erratum said="行内">改正。</Erratum> 继续。',
      '',
      '```mdx',
      '## 代码里的标题 [#not-a-heading]',
      '<Erratum said="代码里的例子">不算。</Erratum>',
      '```',
      '',
      '##### 第五级 [#too-deep]',
      '',
      '<Erratum said="仍在甲之下">改正。</Erratum>',
    ].join('\n');
    const headings = extractHeadings(src, 'x.mdx');
    expect(headings.map((h) => h.id)).toEqual(['sec-a']);
    expect(extractErrata(src, headings, 'x.mdx')).toEqual([
      { said: '行内', sectionId: 'sec-a' },
      { said: '仍在甲之下', sectionId: 'sec-a' },
    ]);
  });

  it('must say what the document said', () => {
    const src = '## 甲 [#sec-a]\n\n<Erratum>没有 said。</Erratum>\n';
    expect(() => extractErrata(src, extractHeadings(src, 'x.mdx'), 'content/x.mdx')).toThrow(/content\/x\.mdx:3: an <Erratum> needs said=/);
  });
});

describe('exercises', () => {
  it('are listed in order, each with its title and the heading it sits under', () => {
    const src = [
      '## 甲 [#sec-a]',
      '',
      '<Exercise title="第一题">题面。<Answer>答。</Answer></Exercise>',
      '',
      '### 练习 [#a-exercises]',
      '',
      '<Exercise>没有标题。</Exercise>',
      '',
      '```mdx',
      '<Exercise title="代码里的例子">不算。</Exercise>',
      '```',
      '',
    ].join('\n');
    expect(extractExercises(src, extractHeadings(src, 'x.mdx'), 'x.mdx')).toEqual([
      { title: '第一题', sectionId: 'sec-a' },
      { title: '', sectionId: 'a-exercises' },
    ]);
  });

  it('must sit under a heading', () => {
    expect(() => extractExercises('<Exercise title="x">y</Exercise>\n', [], 'content/x.mdx')).toThrow(/content\/x\.mdx: an <Exercise> must sit under a heading/);
  });
});

describe('chapters and the book', () => {
  it('loads a chapter and names the file when its YAML is broken', () => {
    const dir = tempDir();
    const ok = loadChapter(write(dir, 'gradient-descent.mdx', chapterSource(GOOD_FM, '## 2.1 梯度下降 [#sec-2-1]')));
    expect(ok.slug).toBe('gradient-descent');
    expect(ok.headings.map((h) => h.id)).toEqual(['sec-2-1']);
    const bad = write(dir, 'broken.mdx', chapterSource('title: [unclosed', '## x [#x]'));
    expect(() => loadChapter(bad)).toThrow(/broken\.mdx: frontmatter is not valid YAML/);
  });

  it('names the line of the file itself (frontmatter included) and rejects MDX that does not parse', () => {
    const dir = tempDir();
    const noId = write(dir, 'gd.mdx', chapterSource(GOOD_FM, '## 2.1 梯度下降 [#sec-2-1]\n\n### 没有 id'));
    // lines: 1 ---, 2–5 frontmatter, 6 ---, 7 blank, 8 heading, 9 blank, 10 the heading without an id
    expect(() => loadChapter(noId)).toThrow(/gd\.mdx:10: heading "没有 id" has no permanent id/);
    const broken = write(dir, 'bad.mdx', chapterSource(GOOD_FM, '## 2.1 梯度下降 [#sec-2-1]\n\n<Erratum said="x">'));
    expect(() => loadChapter(broken)).toThrow(/bad\.mdx: MDX does not parse: Expected a closing tag for `<Erratum>` \(10:1/);
  });

  it('rejects a chapter that lists a section it has no heading for', () => {
    const dir = tempDir();
    const file = write(dir, 'gd.mdx', chapterSource(GOOD_FM, '## 梯度下降 [#gd-main]'));
    expect(() => loadChapter(file)).toThrow(/gd\.mdx: frontmatter lists section 2\.1 but no heading has id "sec-2-1"/);
  });

  it('rejects a file name that is not an ASCII slug', () => {
    const dir = tempDir();
    const file = write(dir, '梯度下降.mdx', chapterSource(GOOD_FM, '## 2.1 梯度下降 [#sec-2-1]'));
    expect(() => loadChapter(file)).toThrow(/file name must be a lowercase ASCII slug/);
  });

  it('checks the whole book: order, duplicate ids across files, and coverage of every section', () => {
    const dir = tempDir();
    // One chapter covering every document section: valid.
    const all = DOC_SECTIONS.map((s) => `## ${s.number} ${s.title} [#${s.id}]`).join('\n\n');
    const numbers = DOC_SECTIONS.map((s) => `"${s.number}"`).join(', ');
    write(dir, 'all.mdx', chapterSource(`title: 全书\nchapter: 1\nsections: [${numbers}]\nsummary: 一章覆盖原文的所有小节。`, all));
    expect(loadBook(dir)).toHaveLength(1);

    const one = loadChapter(path.join(dir, 'all.mdx'));
    const second = { ...one, file: 'content/second.mdx', chapter: 2, sections: [], headings: [{ depth: 2 as const, title: 'x', id: 'sec-2-1' }] };
    expect(() => validateBook([one, second])).toThrow(/second\.mdx: heading id "sec-2-1" is already used in/);
    expect(() => validateBook([{ ...one, chapter: 2 }])).toThrow(/chapter numbers must run 1\.\.1/);
    const missing = { ...one, headings: one.headings.filter((h) => h.id !== 'faq-q3') };
    expect(() => validateBook([missing])).toThrow(/no chapter has the heading id "faq-q3"/);
    const uncovered = { ...one, sections: one.sections.filter((n) => n !== '4.2') };
    expect(() => validateBook([uncovered])).toThrow(/no chapter lists section 4\.2/);
  });
});

describe('document sections', () => {
  it('has the 21 sections of the document with the ids and short links instructors use', () => {
    expect(DOC_SECTIONS).toHaveLength(21);
    expect(DOC_SECTIONS.map((s) => s.id)).toEqual([
      'sec-1-2-1', 'sec-1-2-2', 'sec-1-3', 'sec-1-4', 'sec-1-5', 'sec-2-1', 'sec-2-2', 'sec-2-3', 'sec-3-1', 'sec-3-2',
      'sec-4-1', 'sec-4-2', 'sec-4-3', 'sec-5-1', 'sec-5-2', 'sec-5-3', 'sec-6-1', 'sec-6-2', 'faq-q1', 'faq-q2', 'faq-q3',
    ]);
    expect(DOC_SECTIONS.find((s) => s.number === '2.1')?.short).toBe('2-1');
    expect(DOC_SECTIONS.find((s) => s.number === 'Q2')?.short).toBe('q2');
  });
});
