#!/usr/bin/env node
// First-load JavaScript of exported pages: the scripts a page's HTML references, gzip-compressed.
// Usage: node scripts/measure-js.mjs [page ...]   (default: every chapter page in out/)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.resolve('out');
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(out).filter((d) => fs.existsSync(path.join(out, d, 'index.html')) && !['s', '404', '_not-found'].includes(d)).map((d) => `/${d}/`);

for (const page of pages) {
  const html = fs.readFileSync(path.join(out, page, 'index.html'), 'utf8');
  // Modern browsers skip noModule scripts (Next's legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const buf = fs.readFileSync(path.join(out, src.split('?')[0]));
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
  }
  const htmlGz = zlib.gzipSync(Buffer.from(html), { level: 9 }).length;
  console.log(`${page.padEnd(22)} JS ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip · HTML ${(htmlGz / 1024).toFixed(1)} KiB gzip`);
}
