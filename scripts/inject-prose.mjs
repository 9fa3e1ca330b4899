#!/usr/bin/env node
// After `next build`: writes each static page body (a chapter's prose, the glossary, the table of
// symbols) into its exported page, once.
//
// Those pages are exported with an empty placeholder, <div class="…" data-prose="<name>">
// (components/layout/StaticBody.tsx), and the body itself is exported by the route
// app/prose/[chapter]/route.ts as <export>/prose/<name>. A body's page is the one page whose HTML
// holds its placeholder (/<name>/ for a chapter, /exercises/<slug>/ for the handout exercises-<slug>). This moves the second into the first and
// deletes <export>/prose/, so the prose reaches the reader as HTML only, not also inside the React
// Server Components payload (docs/performance.md). Runs as `postbuild`, on out/ or on EXPORT_DIR.
import fs from 'node:fs';
import path from 'node:path';

const dir = (process.env.EXPORT_DIR ?? '').trim() || 'out';
const proseDir = path.join(dir, 'prose');

function fail(message) {
  console.error(`inject-prose: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(proseDir)) fail(`${proseDir}/ is missing: was the build exported into ${dir}/?`);

const PLACEHOLDER = /<div class="[^"]*" data-prose="([^"]*)"><\/div>/g;
const htmlFiles = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.html')) htmlFiles.push(p);
  }
};
walk(dir);
/** body name → the pages holding its placeholder */
const pagesOf = new Map();
for (const file of htmlFiles) {
  for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(PLACEHOLDER)) pagesOf.set(name, [...(pagesOf.get(name) ?? []), file]);
}

const slugs = fs.readdirSync(proseDir);
for (const slug of slugs) {
  const source = fs.statSync(path.join(proseDir, slug)).isDirectory() ? path.join(proseDir, slug, 'index.html') : path.join(proseDir, slug);
  const prose = fs.readFileSync(source, 'utf8');
  const pages = pagesOf.get(slug) ?? [];
  if (pages.length !== 1) fail(`exactly one page must hold <div data-prose="${slug}"> for ${source}; found ${pages.length ? pages.join(', ') : 'none'}`);
  const [page] = pages;
  const html = fs.readFileSync(page, 'utf8');
  const found = [...html.matchAll(new RegExp(`<div class="[^"]*" data-prose="${slug}"></div>`, 'g'))];
  if (found.length !== 1) fail(`${page} must hold exactly one empty <div data-prose="${slug}">`);
  if (prose.trim() === '') fail(`${source} is empty`);
  const [placeholder] = found[0];
  const at = found[0].index;
  const filled = `${html.slice(0, at)}${placeholder.slice(0, -'</div>'.length)}${prose}</div>${html.slice(at + placeholder.length)}`;
  fs.writeFileSync(page, filled);
}
fs.rmSync(proseDir, { recursive: true });

// No chapter may be left empty: every placeholder in the export must have been filled.
const left = htmlFiles.filter((p) => new RegExp(PLACEHOLDER.source).test(fs.readFileSync(p, 'utf8')));
if (left.length > 0) fail(`empty placeholders left in ${left.join(', ')}`);
console.log(`inject-prose: wrote ${slugs.length} page bodies into ${dir}/`);
