/**
 * What the service worker keeps for offline reading (docs/offline.md), shared by the build script
 * that writes the precache manifest (scripts/service-worker.mjs), the worker itself
 * (components/offline/service-worker.ts) and the pages' fetches (offlineFailure below).
 * Plain JavaScript with JSDoc, because the build script runs it in Node without a compiler.
 *
 * Two tiers:
 * - **Precached** at install, revisioned by content hash: every page (HTML), Next's JS and CSS,
 *   KaTeX's CSS and fonts, the icon, the license texts. A reader who opened the book once can
 *   read all of it offline.
 * - **Cached on first use** (runtime): the large files a demo or the search needs (tfjs wasm
 *   binaries, model weights and corpora, the search index, handout PDFs if any). Kept after the first
 *   download, so a demo that was run once runs again offline; one never run says why it cannot.
 */

/** Where Vite puts the islands bundle's workers and their chunks (scripts/islands.mjs). */
const ISLANDS_WORKERS = '/_next/static/islands/assets/';

/** The export's files to precache, as globs relative to the export folder (out/). */
export const PRECACHE_GLOBS = ['**/*.html', '_next/static/**/*.{js,css,woff2}', 'katex/**/*.{css,woff2}', 'icon.svg', 'licenses/*.txt'];

/**
 * Never precached: the per-build header files (not for browsers), Next's RSC payloads (the pages
 * load as HTML; see scripts/inject-prose.mjs), source maps, and the runtime tier below.
 */
export const PRECACHE_IGNORES = [
  '_headers',
  'nginx-csp.conf',
  '**/index.txt',
  '**/__next.*',
  '**/*.map',
  'tfjs/**',
  'models/**',
  'search-index*.json',
  'sw.js',
  // The demos' workers as the chapters load them (Vite's build, scripts/islands.mjs): each worker
  // bundles its own tfjs, 0.7–2 MiB a worker, so they are cached on first use (RUNTIME_PREFIXES)
  // instead. The search's worker is small and stays precached, so search works offline.
  `${ISLANDS_WORKERS.slice(1)}!(search.worker-*)`,
];

/** A single precached file larger than this is a mistake (a model slipped into the globs): the build fails. */
export const PRECACHE_FILE_LIMIT = 3 * 1024 * 1024;

/** Folders (under the base path) whose files are cached the first time a page fetches them. */
export const RUNTIME_PREFIXES = ['/tfjs/', '/models/', '/search-index', ISLANDS_WORKERS];

/** The runtime cache's name; its entries live until the reader clears the site's data. */
export const RUNTIME_CACHE = 'book-runtime';

/**
 * The header the worker sets on the answer it gives, offline, for a runtime file it never cached:
 * status 503 with this header, so a page (or a Web Worker) can tell "offline and never downloaded"
 * from a server error.
 */
export const OFFLINE_HEADER = 'x-book-offline';

/**
 * Whether a same-origin path belongs to the runtime tier.
 * @param {string} pathname  the request's path, with the base path
 * @param {string} base      '' or '/course'
 */
export function isRuntimeAsset(pathname, base) {
  if (base && !pathname.startsWith(`${base}/`)) return false;
  const rest = pathname.slice(base.length);
  return RUNTIME_PREFIXES.some((p) => rest.startsWith(p));
}

/**
 * The reader's message when a fetch failed because the book is offline: null when the response is
 * not the worker's offline answer. `what` names the file in words (模型权重, 搜索索引…).
 * @param {{ status: number, headers: { get(name: string): string | null } }} res
 * @param {string} what
 */
export function offlineFailure(res, what) {
  if (res.status !== 503 || res.headers.get(OFFLINE_HEADER) !== '1') return null;
  return offlineMessage(what);
}

/**
 * The reader's message for a runtime file that could not be had offline, where no response can be
 * read: a Web Worker whose script never loaded (its `error` event carries no status).
 * @param {string} what
 */
export function offlineMessage(what) {
  return `现在处于离线状态，而${what}还没有保存到本机（此前联网时没有用到过）。请联网后再用一次，之后离线也能使用。`;
}
