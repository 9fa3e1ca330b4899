#!/usr/bin/env node
// npm run bench: the compute core's benchmark in headless Chromium, per backend.
// Builds the harness (tests/browser/harness) with Vite, serves it, and for each of webgpu, webgl,
// wasm, cpu: checks the known-answer cases against cpu, then times matmul 256²/1024², one MLP epoch
// (7 → 6×8 tanh → 1, 250 points, batch 10, SGD 0.03), the 100×100 decision boundary and causal
// attention (seq 64/256, d_k 64). Ends with the automatic choice and how far it is from the fastest.
// Options: --no-build  --budget MS (per workload, default 800)  --port N (default 3102)
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, serveDir } from './bench-browser.mjs';
import { QUIET_FLAGS, WEBGPU_FLAGS } from './cli.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const PORT = Number(opt('port', 3102));
const BUDGET = Number(opt('budget', 800));
// Its own build folder, so a Playwright run rebuilding tests/browser/harness/dist cannot pull files away.
const DIST = path.join(os.tmpdir(), 'compute-bench-harness');
// Same flags as the browser tests; docs/platform-facts.md §1.
const FLAGS = [...QUIET_FLAGS, ...WEBGPU_FLAGS];
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];
const TOL = { cpu: 0, wasm: 1e-4, webgl: 2e-3, webgpu: 2e-3 };
const PLAYGROUND = { 'MLP epoch (250 pts, batch 10)': 6.7, 'decision boundary 100×100': 83 };

if (!args.includes('--no-build') || !fs.existsSync(DIST)) {
  execSync(`npx vite build --config tests/browser/harness/vite.config.ts --outDir ${DIST} --emptyOutDir`, { stdio: 'inherit' });
}
const { server, base } = await serveDir(DIST, PORT, 50);
const browser = await launchChromium(FLAGS);

async function inPage(search, fn, arg) {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/${search}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

const results = {};
try {
  let cpuCases = null;
  for (const name of ['cpu', 'wasm', 'webgl', 'webgpu']) {
    process.stderr.write(`bench: ${name} …\n`);
    results[name] = await inPage(`?backend=${name}`, async (budget) => {
      const report = await window.harness.manager.ready();
      const cases = await (await window.harness.cases()).runCases();
      const rows = await (await window.harness.bench()).runBench(budget);
      return { report: { backend: report.backend, label: report.label }, cases, rows };
    }, BUDGET);
    const r = results[name];
    r.used = r.report.backend === name;
    if (name === 'cpu') cpuCases = r.cases;
    r.maxDiff = Math.max(...Object.keys(cpuCases).map((k) =>
      Math.max(0, ...cpuCases[k].map((v, i) => Math.abs((r.cases[k]?.[i] ?? NaN) - v) / (1 + Math.abs(v))).map((d) => (Number.isNaN(d) ? Infinity : d)))));
    r.correct = r.used && r.maxDiff <= TOL[name];
  }
  const auto = await inPage('', async () => {
    const r = await window.harness.manager.ready();
    return { backend: r.backend, label: r.label };
  });

  const names = results.cpu.rows.map((row) => row.name);
  const fmt = (row) => (row.gflops !== undefined ? `${row.ms.toFixed(2)} ms ${row.gflops.toFixed(2)} GF/s` : `${row.ms.toFixed(2)} ms`);
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\n${pad('workload', 32)}${BACKENDS.map((b) => pad(b, 24)).join('')}playground`);
  for (const w of names) {
    const cells = BACKENDS.map((b) => pad(results[b].used ? fmt(results[b].rows.find((r) => r.name === w)) : `(fell back to ${results[b].report.backend})`, 24));
    console.log(`${pad(w, 32)}${cells.join('')}${PLAYGROUND[w] ? `${PLAYGROUND[w]} ms` : ''}`);
  }
  console.log(`${pad('correct vs cpu (max rel. diff)', 32)}${BACKENDS.map((b) => pad(`${results[b].correct ? 'yes' : 'NO'} ${results[b].maxDiff.toExponential(1)}`, 24)).join('')}`);
  console.log(`${pad('label', 32)}${BACKENDS.map((b) => pad(results[b].report.label.slice(0, 22), 24)).join('')}`);

  // Speed score: geometric mean of the times over all workloads (lower is better).
  const score = (b) => Math.exp(names.reduce((s, w) => s + Math.log(results[b].rows.find((r) => r.name === w).ms), 0) / names.length);
  const correct = BACKENDS.filter((b) => results[b].correct);
  const fastest = correct.reduce((best, b) => (score(b) < score(best) ? b : best), correct[0]);
  const ratio = score(auto.backend) / score(fastest);
  console.log(`\nautomatic choice: ${auto.backend} — "${auto.label}"`);
  console.log(`fastest correct backend (geometric mean over workloads): ${fastest}`);
  console.log(`automatic / fastest: ${ratio.toFixed(2)}× (target ≤ 1.2×) ${ratio <= 1.2 ? 'OK' : 'MISSED'}`);
  for (const w of names) {
    const best = correct.reduce((b, c) => (results[c].rows.find((r) => r.name === w).ms < results[b].rows.find((r) => r.name === w).ms ? c : b), correct[0]);
    const r = results[auto.backend].rows.find((x) => x.name === w).ms / results[best].rows.find((x) => x.name === w).ms;
    console.log(`  ${pad(w, 32)} fastest ${pad(best, 7)} auto is ${r.toFixed(2)}×`);
  }
} finally {
  await browser.close();
  server.kill();
}
