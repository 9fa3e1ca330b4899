/**
 * The compute project alone, with only the harness server: for running the browser suite before the
 * site is built (`npx playwright test -c tests/browser/compute-only.config.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { COMPUTE_PROJECT, HARNESS_SERVER } from '../../playwright.config';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  testDir: path.join(repo, 'tests'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  projects: [COMPUTE_PROJECT],
  webServer: [{ ...HARNESS_SERVER, cwd: repo }],
});
