import { describe, expect, it } from 'vitest';
import { loadBook } from '@/lib/content/loader';
import { DOC_SECTIONS } from '@/lib/content/sections';
import { courseOutline, outlineCsv, outlineMarkdown } from '@/lib/content/outline';

const book = loadBook();
const rows = courseOutline(book);
const site = 'https://example.org/course';

/** A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF. */
function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return out;
}

describe('course outline', () => {
  it('has a row per chapter and per level-2 and level-3 heading, in reading order', () => {
    const expected = book.reduce((n, c) => n + 1 + c.headings.filter((h) => h.depth < 4).length, 0);
    expect(rows).toHaveLength(expected);
    expect(rows[0]).toMatchObject({ chapter: `第 ${book[0]!.chapter} 章`, section: '', path: `/${book[0]!.slug}/` });
  });

  it('numbers every section of the source document and gives its short link', () => {
    for (const s of DOC_SECTIONS) {
      const row = rows.find((r) => r.path.endsWith(`#${s.id}`));
      expect(row, s.id).toMatchObject({ section: `§${s.number}`, title: s.title, short: `/s/${s.short}/` });
    }
    expect(rows.filter((r) => r.section)).toHaveLength(DOC_SECTIONS.length);
  });

  it('CSV: BOM, header, one record per row with absolute URLs, read back intact', () => {
    const csv = outlineCsv(rows, site);
    expect(csv.startsWith('\uFEFF章,节,标题,网址,短链接\r\n')).toBe(true);
    const records = readCsv(csv.slice(1));
    expect(records).toHaveLength(rows.length + 1);
    records.slice(1).forEach((rec, i) => {
      const r = rows[i]!;
      expect(rec).toEqual([r.chapter, r.section, r.title, site + r.path, r.short ? site + r.short : '']);
    });
  });

  it('CSV quotes fields with commas and quotes', () => {
    const csv = outlineCsv([{ chapter: '第 1 章', section: '', title: 'a, "b"', level: 1, path: '/x/', short: '' }], site);
    expect(readCsv(csv.slice(1))[1]).toEqual(['第 1 章', '', 'a, "b"', `${site}/x/`, '']);
  });

  it('Markdown: a heading per chapter, a linked item per section', () => {
    const md = outlineMarkdown(rows, site, '书');
    expect(md.match(/^## /gm)).toHaveLength(book.length);
    expect(md.match(/^ *- /gm)).toHaveLength(rows.length - book.length);
    expect(md).toContain(`- §2.1 [梯度下降](${site}/gradient-descent/#sec-2-1)`);
    expect(md).toMatch(/^  - \[/m);
    expect(md).toContain(`（短链接：${site}/s/2-1/）`);
  });
});
