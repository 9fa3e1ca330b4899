#!/usr/bin/env node
// Lighthouse (mobile preset, simulated throttling) on every page of the built book, N runs each, and
// the median table. Not part of `npm test`: scores move with the machine's load (docs/performance.md).
//
// Usage: npm run lighthouse [-- --runs 5] [--pages /,/backprop/] [--dir out] [--port 3150] [--json file] [--why]
// (--why prints each run's main-thread breakdown and long tasks.)
// Needs a build (`npm run build`). Serves the folder with scripts/serve.mjs (gzip, like a real host)
// and drives Chromium from CHROMIUM_PATH or /usr/bin/chromium. Exits 1 when a page's median is below
// the bars of issue 12: performance ≥ 95, accessibility 100, CLS ≤ 0.02.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDir } from './bench-browser.mjs';
import { median, parseArgs, QUIET_FLAGS } from './cli.mjs';

const BARS = { performance: 95, accessibility: 100, cls: 0.02 };

const args = parseArgs();
const dir = args.dir ?? 'out';
const runs = Number(args.runs ?? 5);
const port = Number(args.port ?? 3150);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer (got "${args.runs}")`);
if (!fs.existsSync(path.join(dir, 'index.html'))) fail(`${dir}/index.html is missing: run \`npm run build\` first`);
const pages = args.pages ? args.pages.split(',') : readerPages(dir);

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}

/**
 * Every page a reader opens: each folder of the export with an index.html, except the embeds (a demo
 * alone, measured by the demos' own benchmarks), the short-link redirects /s/<id>/ and the 404 pages.
 */
function readerPages(root) {
  const found = [];
  const walk = (rel) => {
    const full = path.join(root, rel);
    if (fs.existsSync(path.join(full, 'index.html'))) found.push(`/${rel}${rel ? '/' : ''}`);
    for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('_') || ['embed', '404', 'katex', 'licenses', 'models'].includes(entry.name)) continue;
      if (rel === 's') continue; // /s/<id>/ are redirects; /s/ itself is kept
      walk(rel ? `${rel}/${entry.name}` : entry.name);
    }
  };
  walk('');
  return found.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}


/** The figures of one Lighthouse result that the table shows. */
function figures(lhr) {
  const a = (id) => lhr.audits[id]?.numericValue;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp: a('first-contentful-paint'),
    lcp: a('largest-contentful-paint'),
    tbt: a('total-blocking-time'),
    cls: a('cumulative-layout-shift'),
    si: a('speed-index'),
    dom: a('dom-size'),
    bytes: a('total-byte-weight'),
  };
}

/** With --why: where the main thread went (Lighthouse's breakdown, its clock) and the long tasks. */
function explain(page, lhr) {
  const ms = (x) => `${Math.round(x)} ms`;
  const work = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
  process.stderr.write(`  ${page} main thread: ${work.map((w) => `${w.groupLabel ?? w.group} ${ms(w.duration)}`).join(' · ')}\n`);
  process.stderr.write(`  ${page} long tasks: ${tasks.map((t) => `${ms(t.duration)} at ${ms(t.startTime)} (${String(t.url).split('/').pop() || 'page'})`).join(' · ')}\n`);
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const { server, base } = await serveDir(dir, port);
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...QUIET_FLAGS],
});

const results = {};
let version = '';
try {
  for (let run = 0; run < runs; run++) {
    // Pages interleaved run by run, so that a burst of load on the machine hits every page alike.
    for (const page of pages) {
      const { lhr } = await lighthouse(`${base}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      version = lhr.lighthouseVersion;
      if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.message}`);
      (results[page] ??= []).push(figures(lhr));
      if (args.why) explain(page, lhr);
      process.stderr.write(`run ${run + 1}/${runs} ${page}: ${results[page].at(-1).performance}\n`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

const rows = pages.map((page) => {
  const rs = results[page];
  const m = (k) => median(rs.map((r) => r[k]));
  const perfs = rs.map((r) => r.performance);
  return {
    page,
    performance: m('performance'),
    range: `${Math.min(...perfs)}–${Math.max(...perfs)}`,
    accessibility: m('accessibility'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
    si: m('si'),
    dom: m('dom'),
    kib: m('bytes') / 1024,
  };
});

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`\nLighthouse ${version} mobile, median of ${runs}; load average before ${loadBefore}, after ${load()}\n`);
console.log('| page | perf | perf range | a11y | FCP | LCP | TBT | CLS | SI | DOM | KiB |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.performance} | ${r.range} | ${r.accessibility} | ${s(r.fcp)} | ${s(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${s(r.si)} | ${r.dom} | ${r.kib.toFixed(0)} |`);
}
if (args.json) fs.writeFileSync(args.json, JSON.stringify({ runs, loadBefore, rows, results }, null, 2));

const below = rows.filter((r) => r.performance < BARS.performance || r.accessibility < BARS.accessibility || r.cls > BARS.cls);
if (below.length > 0) {
  console.log(`\nBelow the bars (performance ≥ ${BARS.performance}, accessibility ${BARS.accessibility}, CLS ≤ ${BARS.cls}): ${below.map((r) => r.page).join(', ')}`);
  process.exit(1);
}
console.log(`\nEvery page meets the bars (performance ≥ ${BARS.performance}, accessibility ${BARS.accessibility}, CLS ≤ ${BARS.cls}).`);
