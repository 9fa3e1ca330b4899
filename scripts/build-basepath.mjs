#!/usr/bin/env node
// Builds the book under a base path into its own folder, for the `basepath` Playwright project:
//   npm run build:basepath      → out-basepath/, built with BASE_PATH=/course
// It runs the ordinary `npm run build` with EXPORT_DIR=out-basepath (next.config.mjs), so out/ is
// left as it is. The build itself still happens in .next/, shared with `npm run build`: never run
// the two at the same time in one checkout (`npm test` runs them one after the other).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeBase } from '../lib/base-path.mjs';

const OUT = 'out-basepath';
const base = normalizeBase('/course'); // the tests (playwright.config.ts, project basepath) expect this one

const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: base, EXPORT_DIR: OUT },
});
if (result.status !== 0) process.exit(result.status ?? 1);

const index = path.join(OUT, 'index.html');
if (!fs.existsSync(index) || !fs.readFileSync(index, 'utf8').includes(`${base}/_next/`)) {
  console.error(`build-basepath: ${index} is missing or was not built for ${base}`);
  process.exit(1);
}
console.log(`build-basepath: ${OUT}/ built for ${base}/ (serve it with: node scripts/serve.mjs --dir ${OUT} --base ${base})`);
