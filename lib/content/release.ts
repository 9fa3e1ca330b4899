/**
 * The release the site was built from: the book's version (package.json) and the build date, both
 * read at build time (the footer and the 如何引用 block are static HTML). SOURCE_DATE_EPOCH, when set,
 * fixes the date, so that a build can be reproduced.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Release {
  version: string;
  /** YYYY-MM-DD, UTC. */
  builtOn: string;
}

/** The build date as YYYY-MM-DD (UTC) from SOURCE_DATE_EPOCH (seconds) or the clock. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${epoch}")`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

let cached: Release | null = null;

export function release(): Release {
  if (!cached) {
    const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version !== 'string') throw new Error('package.json: "version" is missing');
    cached = { version: pkg.version, builtOn: buildDate() };
  }
  return cached;
}

/** The BibTeX entry of the book at this release. */
export function bibtex(title: string, r: Release): string {
  const year = r.builtOn.slice(0, 4);
  return [
    `@misc{dmx-textbook-${r.version.replaceAll('.', '-')},`,
    `  title   = {${title}},`,
    `  year    = {${year}},`,
    `  version = {${r.version}},`,
    `  note    = {互动教科书，版本 ${r.version}，构建于 ${r.builtOn}；请补上所读网页的 url 与访问日期},`,
    `}`,
  ].join('\n');
}
