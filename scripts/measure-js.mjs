#!/usr/bin/env node
// First-load JavaScript of exported pages: the scripts a page's HTML references, gzip-compressed.
// Usage: node scripts/measure-js.mjs [page ...]   (default: every chapter page in out/)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/base-path.mjs';

const out = path.resolve('out');
/** An out/ built with BASE_PATH=/course names its scripts /course/_next/…; the files are in out/_next/. */
const base = normalizeBase(process.env.BASE_PATH ?? '');

/** The scripts a modern browser loads first for a page of out/, and their size (bytes, gzip -9). */
export function firstLoadJs(page) {
  const html = fs.readFileSync(path.join(out, page, 'index.html'), 'utf8');
  // Modern browsers skip noModule scripts (Next's legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const file = src.split('?')[0];
    const buf = fs.readFileSync(path.join(out, base && file.startsWith(`${base}/`) ? file.slice(base.length) : file));
    raw += buf.length;
    gzip += zlib.gzipSync(buf, { level: 9 }).length;
  }
  const htmlGzip = zlib.gzipSync(Buffer.from(html), { level: 9 }).length;
  return { scripts, raw, gzip, htmlGzip };
}

export function chapterPages() {
  return fs
    .readdirSync(out)
    .filter((d) => fs.existsSync(path.join(out, d, 'index.html')) && !['s', '404', '_not-found', 'embed', 'errata'].includes(d))
    .map((d) => `/${d}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : chapterPages();
  for (const page of pages) {
    const { scripts, raw, gzip, htmlGzip } = firstLoadJs(page);
    const kib = (n) => (n / 1024).toFixed(1);
    console.log(`${page.padEnd(22)} JS ${scripts.length} files, ${kib(raw)} KiB raw, ${kib(gzip)} KiB gzip · HTML ${kib(htmlGzip)} KiB gzip`);
  }
}
