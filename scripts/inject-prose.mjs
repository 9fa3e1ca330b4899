#!/usr/bin/env node
// After `next build`: writes each static page body (a chapter's prose, the glossary, the table of
// symbols) into its exported page, once.
//
// Those pages are exported with an empty placeholder, <div class="…" data-prose="<name>">
// (components/layout/StaticBody.tsx), and the body itself is exported by the route
// app/prose/[chapter]/route.ts as <export>/prose/<name>. This moves the second into the first and
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

const slugs = fs.readdirSync(proseDir);
for (const slug of slugs) {
  const source = fs.statSync(path.join(proseDir, slug)).isDirectory() ? path.join(proseDir, slug, 'index.html') : path.join(proseDir, slug);
  const prose = fs.readFileSync(source, 'utf8');
  const page = path.join(dir, slug, 'index.html');
  if (!fs.existsSync(page)) fail(`${page} is missing, although ${source} exists`);
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
const left = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.html') && /<div class="[^"]*" data-prose="[^"]*"><\/div>/.test(fs.readFileSync(p, 'utf8'))) left.push(p);
  }
};
walk(dir);
if (left.length > 0) fail(`empty placeholders left in ${left.join(', ')}`);
console.log(`inject-prose: wrote ${slugs.length} page bodies into ${dir}/`);
