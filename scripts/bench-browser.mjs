// What the benchmarks share: serve a folder with scripts/serve.mjs and launch Debian's Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

/** Starts scripts/serve.mjs on `dir` and waits (up to attempts × 100 ms) until it answers. */
export async function serveDir(dir, port, attempts = 100) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < attempts; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { server, base };
}

/** Chromium from CHROMIUM_PATH, else /usr/bin/chromium, with the given flags. */
export function launchChromium(args) {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  return chromium.launch({ executablePath, args });
}
