/**
 * The book's 更新记录: one data file, `content/changelog.json`, validated here at build time like the
 * chapters' frontmatter. Each version lists its corrections first (what was wrong and is now right,
 * each linked to the section that has it), then its other changes, as Distill's "Updates and
 * Corrections" does. Newest version first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from '@/lib/zod';
import { formatProblems } from './problems';

const SEMVER = /^\d+\.\d+\.\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const itemSchema = z
  .object({
    /** What changed, one or two sentences of Chinese prose (inline code in backquotes). */
    text: z.string().min(6).max(400),
    /** Id of the heading where the reader finds the change, if it has one. */
    section: z.string().regex(/^[a-z0-9-]+$/, 'section must be a heading id such as "gb-openai-code"').optional(),
  })
  .strict();

export const changelogVersionSchema = z
  .object({
    version: z.string().regex(SEMVER, 'version must look like 0.2.0'),
    date: z.string().regex(DATE, 'date must be YYYY-MM-DD'),
    summary: z.string().min(4).max(300),
    corrections: z.array(itemSchema).default([]),
    changes: z.array(itemSchema).default([]),
  })
  .strict();

export type ChangelogVersion = z.infer<typeof changelogVersionSchema>;
export type ChangelogItem = z.infer<typeof itemSchema>;

export const CHANGELOG_FILE = path.join(process.cwd(), 'content', 'changelog.json');

/** Validates the versions: newest first, no version twice, dates not going forward as versions go back. */
export function parseChangelog(data: unknown, file = 'content/changelog.json'): ChangelogVersion[] {
  const result = z.array(changelogVersionSchema).min(1).safeParse(data);
  if (!result.success) {
    const problems = formatProblems(result.error);
    throw new Error(`${file}: invalid changelog\n${problems}`);
  }
  const versions = result.data;
  const key = (v: string) => v.split('.').map(Number);
  for (let i = 1; i < versions.length; i++) {
    const [a, b] = [key(versions[i - 1].version), key(versions[i].version)];
    const newer = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    if (newer <= 0) throw new Error(`${file}: versions must be listed newest first (${versions[i - 1].version} before ${versions[i].version})`);
    if (versions[i - 1].date < versions[i].date) throw new Error(`${file}: ${versions[i - 1].version} is dated before ${versions[i].version}`);
  }
  return versions;
}

/** All versions, validated (build time only: reads the file system). */
export function loadChangelog(file: string = CHANGELOG_FILE): ChangelogVersion[] {
  return parseChangelog(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
}
