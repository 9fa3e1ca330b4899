import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { QUIET_FLAGS, WEBGPU_FLAGS } from './scripts/cli.mjs';

/**
 * Browser tests run in Debian's Chromium when it is there (CHROMIUM_PATH, else /usr/bin/chromium),
 * else in Playwright's own browser (`npx playwright install chromium`). They never download one.
 */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

// Chromium's flags, shared with the benchmark scripts (scripts/cli.mjs).
export { QUIET_FLAGS, WEBGPU_FLAGS };

/** A port from the environment (so that two checkouts on one machine never share a server), else the default. */
function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name} must be a port number (got "${raw}")`);
  return n;
}

const SITE_PORT = port('E2E_SITE_PORT', 3100);


/** The compute harness (tests/browser/harness), built with Vite and served here. */
export const HARNESS_PORT = port('E2E_HARNESS_PORT', 3101);
export const HARNESS_SERVER = {
  command: `npx vite build --config tests/browser/harness/vite.config.ts && node scripts/serve.mjs --dir tests/browser/harness/dist --port ${HARNESS_PORT}`,
  url: `http://localhost:${HARNESS_PORT}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 180_000,
};
export const COMPUTE_PROJECT = {
  name: 'compute',
  testMatch: 'browser/**/*.spec.ts',
  timeout: 120_000,
  use: {
    baseURL: `http://localhost:${HARNESS_PORT}`,
    launchOptions: { executablePath: chromium, args: [...QUIET_FLAGS, ...WEBGPU_FLAGS] },
  },
};

/**
 * The book built with BASE_PATH=/course into out-basepath/ (`npm run build:basepath`), served under
 * /course/ only. Its server is started only when that folder exists, so that the other projects
 * run without it; the basepath project's tests fail with a message saying to build it otherwise.
 */
export const BASE_PATH_PREFIX = '/course';
export const BASEPATH_DIR = 'out-basepath';
const BASEPATH_PORT = port('E2E_BASEPATH_PORT', 3102);
const BASEPATH_SERVER = {
  command: `node scripts/serve.mjs --dir ${BASEPATH_DIR} --port ${BASEPATH_PORT} --base ${BASE_PATH_PREFIX}`,
  url: `http://localhost:${BASEPATH_PORT}${BASE_PATH_PREFIX}/`,
  reuseExistingServer: !process.env.CI,
};

/**
 * The exported book served by Debian's nginx with the shipped deploy/nginx.conf and the build's CSP
 * map (scripts/nginx-test.mjs; tests/deploy/): project nginx serves out/ at the root, project
 * nginx-basepath serves out-basepath/ under /course (its server only when that folder exists, like
 * the basepath project's). nginx must be installed (`apt-get install nginx`, .ci/run does): Playwright
 * starts every webServer whichever --project is asked for (docs/testing.md).
 */
const NGINX_PORT = port('E2E_NGINX_PORT', 3104);
const NGINX_BASEPATH_PORT = port('E2E_NGINX_BASEPATH_PORT', 3105);
const nginxServer = (dir: string, nginxPort: number, base: string) => ({
  command: `node scripts/nginx-test.mjs --dir ${dir} --port ${nginxPort}${base ? ` --base ${base}` : ''}`,
  url: `http://127.0.0.1:${nginxPort}${base}/`,
  reuseExistingServer: !process.env.CI,
});
const nginxProject = (name: string, dir: string, nginxPort: number, base: string) => ({
  name,
  testMatch: 'deploy/**/*.spec.ts',
  // Each build's page list has a spec of its own (tests/deploy/pages*.spec.ts).
  testIgnore: base ? 'deploy/pages.spec.ts' : 'deploy/pages-basepath.spec.ts',
  timeout: 90_000,
  metadata: { dir, base },
  use: { baseURL: `http://127.0.0.1:${nginxPort}` },
});

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts'],
  // Benchmarks with timing bars (*-perf.spec.ts) run only when asked for (npm run bench:trainer,
  // bench:gpt), never in npm test.
  testIgnore: process.env.TRAINER_PERF || process.env.DEMO_PERF ? [] : ['**/*-perf.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI only: a run of 638 tests on two loaded cores once failed on a browser context
  // that took over 90 s to close after its test had passed (a redirect page, nginx-basepath, stop 22).
  // A test that passes on its retry is listed as "flaky" in the report, so flakes stay visible.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${SITE_PORT}`,
    launchOptions: { executablePath: chromium, args: QUIET_FLAGS },
    // The book's service worker would precache the whole site (about 9 MiB) in every new browser
    // context; only the offline tests (tests/e2e/offline.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testMatch: 'e2e/**/*.spec.ts' },
    COMPUTE_PROJECT,
    { name: 'basepath', testMatch: 'basepath/**/*.spec.ts', use: { baseURL: `http://localhost:${BASEPATH_PORT}` } },
    nginxProject('nginx', 'out', NGINX_PORT, ''),
    ...(fs.existsSync(BASEPATH_DIR) ? [nginxProject('nginx-basepath', BASEPATH_DIR, NGINX_BASEPATH_PORT, BASE_PATH_PREFIX)] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir out --port ${SITE_PORT}`,
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    HARNESS_SERVER,
    ...(fs.existsSync(BASEPATH_DIR) ? [BASEPATH_SERVER] : []),
    nginxServer('out', NGINX_PORT, ''),
    ...(fs.existsSync(BASEPATH_DIR) ? [nginxServer(BASEPATH_DIR, NGINX_BASEPATH_PORT, BASE_PATH_PREFIX)] : []),
  ],
});
