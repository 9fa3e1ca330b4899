/**
 * The harness page: lib/compute on window.harness for Playwright. The manager is the page's
 * singleton, built the way a site page builds it (its own query string, globalThis, /tfjs/).
 */
import { BackendManager, browserPlatform, getBackendManager, type BackendEvent } from '@/lib/compute/backend';

const manager = getBackendManager({ search: location.search, platform: browserPlatform(globalThis), wasmPath: '/tfjs/' });
const events: BackendEvent[] = [];
manager.subscribe((e) => events.push(e));

const harness = {
  manager,
  events,
  BackendManager,
  browserPlatform,
  maths: () => import('@/lib/compute/maths'),
  cases: () => import('../../unit/compute/cases'),
  fakes: () => import('../../unit/compute/fake-backend'),
  bench: () => import('./bench'),
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}

window.harness = harness;
document.getElementById('status')!.textContent = 'ready';
