/**
 * lib/compute: the compute core. This entry point is light (no tfjs code): the backend manager, its
 * types, and loadMaths(), which fetches tfjs-core and the maths when a demo first needs them.
 *
 *   const manager = getBackendManager({ search: location.search, platform: browserPlatform(globalThis) });
 *   const report = await manager.ready();          // e.g. report.label "WASM · CPU (WebGPU: no adapter)"
 *   const M = await loadMaths();                   // gradient descent, MLP, attention …
 */
export * from './backend';

/** The maths (and with it @tensorflow/tfjs-core), as a lazy chunk. */
export const loadMaths = () => import('./maths');
export type Maths = typeof import('./maths');
