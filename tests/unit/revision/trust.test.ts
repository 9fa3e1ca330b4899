/**
 * Trust: the 更新记录 data (content/changelog.json, zod), the release shown in the footer (version from
 * package.json, build date), the BibTeX of 如何引用, and the two license files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@/lib/content/loader';
import { loadChangelog, parseChangelog } from '@/lib/content/changelog';
import { bibtex, buildDate, release } from '@/lib/content/release';

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; license: string };
const v = (version: string, date = '2026-11-30') => ({ version, date, summary: '一次更新。', corrections: [], changes: [] });

describe('content/changelog.json', () => {
  const versions = loadChangelog();

  it('is valid, newest first, and its newest version is the one in package.json', () => {
    expect(versions[0].version).toBe(pkg.version);
    expect(versions.map((x) => x.version)).toContain('0.1.0');
  });

  it('the current release lists its corrections, each pointing to a heading that exists', () => {
    const ids = new Set(loadBook().flatMap((c) => c.headings.map((h) => h.id)));
    expect(versions[0].corrections.length).toBeGreaterThanOrEqual(15);
    for (const item of versions.flatMap((x) => [...x.corrections, ...x.changes])) {
      if (item.section !== undefined) expect(ids, item.text).toContain(item.section);
    }
  });

  it('has no maths delimiters (the page prints the text as it is)', () => {
    for (const item of versions.flatMap((x) => [...x.corrections, ...x.changes])) expect(item.text).not.toContain('$');
  });

  it('rejects a bad version, a bad date, an unknown field and versions out of order, naming the problem', () => {
    expect(() => parseChangelog([v('0.2')])).toThrow(/version must look like 0\.2\.0/);
    expect(() => parseChangelog([v('0.2.0', '30.11.2026')])).toThrow(/date must be YYYY-MM-DD/);
    expect(() => parseChangelog([{ ...v('0.2.0'), extra: 1 }])).toThrow(/invalid changelog/);
    expect(() => parseChangelog([v('0.1.0'), v('0.2.0')])).toThrow(/newest first \(0\.1\.0 before 0\.2\.0\)/);
    expect(() => parseChangelog([v('0.2.0', '2026-01-01'), v('0.1.0', '2026-02-01')])).toThrow(/0\.2\.0 is dated before 0\.1\.0/);
    expect(() => parseChangelog([])).toThrow(/invalid changelog/);
    expect(parseChangelog([v('0.10.0'), v('0.9.1')]).map((x) => x.version)).toEqual(['0.10.0', '0.9.1']);
  });
});

describe('release and citation', () => {
  it('the build date comes from SOURCE_DATE_EPOCH when set, else from the clock, as YYYY-MM-DD UTC', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764460800' })).toBe('2025-11-30');
    expect(buildDate({}, new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });

  it('the release is package.json’s version', () => {
    expect(release().version).toBe(pkg.version);
    expect(release().builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the BibTeX names the title, the version and the year, with balanced braces', () => {
    const entry = bibtex('大模型互动教科书', { version: '0.2.0', builtOn: '2026-11-30' });
    expect(entry).toMatch(/^@misc\{dmx-textbook-0-2-0,\n/);
    expect(entry).toContain('title   = {大模型互动教科书}');
    expect(entry).toContain('version = {0.2.0}');
    expect(entry).toContain('year    = {2026}');
    expect(entry.split('{').length).toBe(entry.split('}').length);
  });
});

describe('licenses', () => {
  it('the code is MIT (LICENSE), the text CC BY-SA 4.0 (LICENSE-TEXT.md), and package.json says both', () => {
    expect(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    const text = fs.readFileSync(path.join(root, 'LICENSE-TEXT.md'), 'utf8');
    expect(text).toContain('CC BY-SA 4.0');
    expect(text).toContain('https://creativecommons.org/licenses/by-sa/4.0/legalcode');
    expect(text).toContain('为什么这样选');
    expect(pkg.license).toBe('MIT AND CC-BY-SA-4.0');
  });
});
