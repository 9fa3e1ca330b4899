import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium when it is there (CHROMIUM_PATH, else /usr/bin/chromium),
 * else in Playwright's own browser (`npx playwright install chromium`). They never download one.
 */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));

/** Flags that keep headless Chromium off the network (it hangs on look-ups otherwise). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SITE_PORT = 3100;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${SITE_PORT}`,
    launchOptions: { executablePath: chromium, args: QUIET_FLAGS },
  },
  projects: [{ name: 'site', testMatch: 'e2e/**/*.spec.ts' }],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir out --port ${SITE_PORT}`,
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
