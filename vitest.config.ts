import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * One worker per core. Vitest 4.1's default in `vitest run` is cores − 1 (its docs say all cores),
 * which is one worker on CI's 2-core machine: every test file ran one after the other there (the
 * files' durations summed to the run's wall time, 261 s against 271 s, in the clean-clone log).
 */
const WORKERS = Math.max(1, availableParallelism());

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    maxWorkers: WORKERS,
  },
});
