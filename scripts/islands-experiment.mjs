#!/usr/bin/env node
// An experiment, not part of the build or of the tests: how fast would the short pages be if only
// their interactive parts hydrated, with React and no Next router ("islands", docs/performance.md)?
// It copies the built site, and in the chosen pages replaces Next's scripts (runtime, router, flight
// data) by one bundle, built here with Vite, that hydrates the header's search box and theme toggle
// (scripts/islands-experiment/entry.tsx). Those pages then lack what else Next's script did (the
// footer's offline status, contents highlighting); that is why this is a measurement, not a build.
//
// Usage: npm run build && node scripts/islands-experiment.mjs [--pages /,/errata/] [--out /tmp/out-islands]
// then, side by side: npm run lighthouse -- --pages /,/errata/ and
//                     npm run lighthouse -- --pages /,/errata/ --dir /tmp/out-islands
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { parseArgs } from './cli.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs();
const out = path.resolve(args.out ?? '/tmp/out-islands');
const pages = (args.pages ?? '/,/changelog/,/errata/,/s/').split(',');
const src = path.join(repo, 'out');
if (!fs.existsSync(path.join(src, 'index.html'))) {
  console.error('islands-experiment: out/index.html is missing: run `npm run build` first');
  process.exit(2);
}

fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(src, out, { recursive: true });
await build({
  configFile: false,
  logLevel: 'error', // not 'warn': every 'use client' directive is reported as ignored, which is right here
  resolve: { alias: { '@': repo } },
  define: { 'process.env.NODE_ENV': '"production"' },
  publicDir: false,
  base: '/_islands/',
  build: {
    // An app build with a script entry (not lib mode, which leaves an ES bundle's whitespace).
    rolldownOptions: { input: path.join(repo, 'scripts/islands-experiment/entry.tsx'), output: { entryFileNames: 'islands.js' } },
    outDir: path.join(out, '_islands'),
    emptyOutDir: true,
    target: 'es2022',
  },
});

for (const page of pages) {
  const file = path.join(out, page, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const cut = html
    // Next's scripts: its chunks, the runtime's chunk list and the flight data. The page's own script
    // (the theme before the first paint) stays.
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (/ src="\/_next\/|TURBOPACK|self\.__next_f/.test(tag) ? '' : tag))
    .replace(/<link rel="preload" as="script"[^>]*>/g, '')
    .replace('</body>', '<script type="module" src="/_islands/islands.js"></script></body>');
  fs.writeFileSync(file, cut);
  console.log(`${page}: ${html.length} → ${cut.length} bytes of HTML`);
}
const js = fs.readFileSync(path.join(out, '_islands/islands.js'));
console.log(`_islands/islands.js: ${(js.length / 1024).toFixed(1)} KiB, ${(gzipSync(js).length / 1024).toFixed(1)} KiB gzip → ${out}`);
