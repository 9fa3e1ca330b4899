#!/usr/bin/env node
// After `next build` (postbuild, after inject-prose.mjs, which changes the pages): computes every
// page's Content-Security-Policy from its inline scripts (lib/deploy/headers.mjs) and writes
//   <export>/_headers          the headers for Netlify and Cloudflare Pages
//   <export>/nginx-csp.conf    the map from path to CSP that deploy/nginx.conf includes
// for out/ or EXPORT_DIR, with the base path of the build (BASE_PATH, as next.config.mjs reads it).
import fs from 'node:fs';
import path from 'node:path';
import { exportTarget } from './export-target.mjs';
import { CLOUDFLARE_RULES, HTML_CACHE, pageHeaders, policy, renderHeaders, renderNginxMap } from '../lib/deploy/headers.mjs';

const { dir, base, fail } = exportTarget('headers');

/** Every file under the export folder, relative to it, with /. */
const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();

const rules = [];
try {
  for (const file of files.filter((f) => f.endsWith('.html'))) rules.push(pageHeaders(file, fs.readFileSync(path.join(dir, file), 'utf8'), base));
} catch (error) {
  fail(error.message);
}

// The code cell compiles the reader's code in a worker (docs/code-cell.md), which needs 'unsafe-eval'
// in the policy of the worker's own script response: the one a worker runs under. Turbopack starts
// every worker (code cell, trainer, GPT training, search) from one bootstrap script,
// _next/static/chunks/turbopack-worker-<hash>.js, which then loads the worker's chunks; so that file
// gets it, and every page keeps a policy without it (lib/deploy/headers.mjs, policy()).
const workers = files.filter((f) => /^_next\/static\/chunks\/turbopack-worker-[^/]+\.js$/.test(f));
if (workers.length === 0) fail(`no worker bootstrap (_next/static/chunks/turbopack-worker-*.js) in ${dir}/: the code cell could not run; see lib/deploy/headers.mjs`);
// On a chapter, an islands page (scripts/islands.mjs), the code cell's worker is Vite's build of it:
// a module worker of its own, whose script response needs the same.
const cellWorkers = files.filter((f) => /^_next\/static\/islands\/assets\/cell\.worker-[^/]+\.js$/.test(f));
if (cellWorkers.length !== 1) fail(`expected one code-cell worker (_next/static/islands/assets/cell.worker-*.js) in ${dir}/, found ${cellWorkers.length}: has scripts/islands.mjs run?`);
workers.push(...cellWorkers);
for (const f of workers) rules.push({ paths: [`${base}/${f}`], csp: policy({ evalWorker: true }) });
// The service worker (written next, by scripts/service-worker.mjs): revalidated on every visit, so a
// new build's worker is found at once (docs/offline.md).
rules.push({ paths: [`${base}/sw.js`], csp: policy(), cache: HTML_CACHE });

fs.writeFileSync(path.join(dir, '_headers'), renderHeaders(rules, base));
// _headers holds two shared rules and one per page or worker bootstrap.
if (rules.length + 2 > CLOUDFLARE_RULES) console.warn(`headers: warning: ${rules.length + 2} rules in _headers, more than the ${CLOUDFLARE_RULES} Cloudflare Pages reads (Netlify reads them all); docs/deploy.md`);
fs.writeFileSync(path.join(dir, 'nginx-csp.conf'), renderNginxMap(rules, policy()));
console.log(`headers: ${rules.length - workers.length - 1} pages, ${workers.length} worker bootstrap(s) → ${dir}/_headers, ${dir}/nginx-csp.conf (base "${base || '/'}")`);
