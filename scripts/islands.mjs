#!/usr/bin/env node
// After `next build` (postbuild, after inject-prose.mjs and before headers.mjs, which hashes the
// pages' inline scripts, and service-worker.mjs, which precaches the bundle): builds the islands
// bundle (components/islands/chrome.tsx) with Vite into <export>/_next/static/islands/, and in every
// page whose only client components are the chrome's or marked islands (lib/islands.mjs) replaces
// Next's scripts by it. Those pages then load React and the chrome (≈ 76 KiB gzip) instead of Next's runtime
// (≈ 142 KiB): docs/performance.md, "Lever 5" and "Lever 7" (the chapters, whose demos and their
// workers this bundle then carries). Runs on out/ or EXPORT_DIR, for BASE_PATH.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { exportTarget } from './export-target.mjs';
import { bundleScript, islandsOnly, clientComponents, withIslands } from '../lib/islands.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR_IN_EXPORT = '_next/static/islands';
const target = exportTarget('islands');
const { base, fail } = target;
const dir = path.resolve(target.dir);

/**
 * Global stylesheets that the pages bring with them (Next's CSS of the page that renders the
 * component): an import of one from the bundle is dropped, or it would be a second copy, and one
 * that arrives after a demo's CSS modules, which then lose to it where both set a property. A
 * demo's own styles come with the demo's chunk (Vite adds its stylesheet when the chunk loads).
 */
const PAGE_STYLES = [
  'components/glossary/glossary.css',
  // the demos' global styles, which app/(book)/[chapter]/page.tsx imports
  'components/demos/kit/layout.css',
  'components/demos/kit/icons.css',
  'components/demos/shell/badge.css',
].map((f) => path.join(repo, f));
const pageStyles = {
  name: 'page-styles',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('.css') || !importer) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && PAGE_STYLES.includes(resolved.id) ? '\0page-style' : null;
  },
  load: (id) => (id === '\0page-style' ? '' : null),
};

const outDir = path.join(dir, DIR_IN_EXPORT);
const result = await build({
  plugins: [pageStyles],
  configFile: false,
  logLevel: 'error', // not 'warn': Vite reports every 'use client' directive as ignored, which is right here
  resolve: { alias: { '@': repo } },
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.NEXT_PUBLIC_BASE_PATH': JSON.stringify(base),
  },
  publicDir: false,
  base: `${base}/${DIR_IN_EXPORT}/`,
  build: {
    rolldownOptions: {
      input: path.join(repo, 'components/islands/chrome.tsx'),
      output: { entryFileNames: 'chrome-[hash].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
    },
    outDir,
    emptyOutDir: true,
    target: 'es2022',
  },
  // The demos' workers (trainer, GPT training, code cell) and search's: module workers whose own
  // dynamic imports (tfjs's backends) become chunks.
  worker: { format: 'es' },
});
const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
if (!entry) fail('Vite built no entry chunk');
// The chrome's and the chapter's styles come with the page (Next's CSS); a stylesheet loaded with
// the entry would be a second copy. (A demo's chunk brings its own.)
const entryCss = [...(entry.viteMetadata?.importedCss ?? [])];
if (entryCss.length) fail(`the bundle's entry has CSS (${entryCss.join(', ')}): the chrome must use global classes (components/layout/chrome.css), or the stylesheet belongs in PAGE_STYLES`);

const src = `${base}/${DIR_IN_EXPORT}/${entry.fileName}`;
const pages = fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).sort();
const rewritten = [];
for (const page of pages) {
  const file = path.join(dir, page);
  const html = fs.readFileSync(file, 'utf8');
  // Run again on the same export (a rebuilt bundle): the page points at the new bundle.
  const before = new RegExp(`<script type="module"[^>]* src="${base}/${DIR_IN_EXPORT}/[^"]*"></script>`);
  if (before.test(html)) fs.writeFileSync(file, html.replace(before, bundleScript(src)));
  else if (islandsOnly(clientComponents(html))) fs.writeFileSync(file, withIslands(html, src));
  else continue;
  rewritten.push(page);
}
// The home page has nothing but the chrome to hydrate: if it does not qualify, Next's payload format
// has changed and lib/islands.mjs no longer reads it.
if (!rewritten.includes('index.html')) fail('index.html does not qualify: has the payload format changed (lib/islands.mjs)?');

// What a page loads before anything is used: the entry and the chunks it imports statically.
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
const firstLoad = new Set();
const visit = (c) => {
  if (!c || firstLoad.has(c.fileName)) return;
  firstLoad.add(c.fileName);
  c.imports.forEach((f) => visit(chunks.get(f)));
};
visit(entry);
const gzip = [...firstLoad].reduce((s, f) => s + gzipSync(fs.readFileSync(path.join(outDir, f))).length, 0);
console.log(`islands: ${rewritten.length} of ${pages.length} pages load ${src} (${(gzip / 1024).toFixed(1)} KiB gzip) instead of Next's runtime`);
