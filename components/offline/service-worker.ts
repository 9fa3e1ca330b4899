/// <reference lib="webworker" />
/**
 * The book's service worker (docs/offline.md), built after `next build` by
 * scripts/service-worker.mjs into <export>/sw.js with Serwist: the precache manifest of the
 * export is injected where `self.__SW_MANIFEST` stands. It never takes over by itself: a new build
 * waits until the reader accepts the update that components/offline/OfflineStatus.tsx offers.
 */
import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { OFFLINE_HEADER, RUNTIME_CACHE, isRuntimeAsset } from '../../lib/offline/policy.mjs';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/** The base path, read from where the worker is served: /course/sw.js → '/course'. */
const base = new URL(self.registration.scope).pathname.replace(/\/$/, '');

/** Offline, for a runtime file never downloaded: a 503 that names itself (lib/offline/policy.mjs, offlineFailure). */
const offlineAnswer: SerwistPlugin = {
  handlerDidError: async () => new Response('offline', { status: 503, statusText: 'Offline', headers: { [OFFLINE_HEADER]: '1', 'Content-Type': 'text/plain' } }),
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A page's query (?demo=…, ?hide=…) is read by the page's script; the HTML is the same file.
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      // tfjs binaries, model weights, corpora, the search index: from the network while online, so
      // a new build's weights are never mixed with an old manifest; from the cache once offline.
      matcher: ({ url, sameOrigin }) => sameOrigin && isRuntimeAsset(url.pathname, base),
      handler: new NetworkFirst({ cacheName: RUNTIME_CACHE, plugins: [offlineAnswer] }),
    },
  ],
});

// Installs, activates, routes fetches, and answers { type: "SKIP_WAITING" } from the page (the accepted update).
serwist.addEventListeners();
