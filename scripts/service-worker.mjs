#!/usr/bin/env node
// After `next build` (postbuild, last: the pages must be final, scripts/inject-prose.mjs changes
// them): writes <export>/sw.js, the service worker for offline reading (docs/offline.md).
//   1. bundles components/offline/service-worker.ts (which imports serwist) into one classic
//      script with Vite (a devDependency already, for the compute harness);
//   2. @serwist/build's injectManifest lists the export's files to precache (lib/offline/policy.mjs)
//      with a content revision each, and writes the list into the bundle as self.__SW_MANIFEST.
// Prints how many files and bytes a first visit precaches. EXPORT_DIR as for scripts/headers.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { injectManifest } from '@serwist/build';
import { exportTarget } from './export-target.mjs';
import { PRECACHE_FILE_LIMIT, PRECACHE_GLOBS, PRECACHE_IGNORES } from '../lib/offline/policy.mjs';

const { dir, fail } = exportTarget('service-worker');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'book-sw-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Serwist's development logging is behind process.env.NODE_ENV checks; a worker has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: tmp,
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'components/offline/service-worker.ts', formats: ['iife'], name: 'bookServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: path.join(tmp, 'sw.js'),
    swDest: path.join(dir, 'sw.js'),
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: PRECACHE_FILE_LIMIT,
    // Next's chunks carry their hash in their names: no second revision needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
  });
  if (warnings.length > 0) fail(warnings.join('\n'));
  const swBytes = fs.statSync(path.join(dir, 'sw.js')).size;
  console.log(`service-worker: ${dir}/sw.js (${(swBytes / 1024).toFixed(1)} KiB) precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MiB before compression`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
