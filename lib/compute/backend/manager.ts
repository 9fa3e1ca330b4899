/**
 * The backend manager: picks the best backend that computes correctly, honours the reader's choice,
 * and re-chooses when a GPU device or context is lost.
 *
 *   automatic order: hardware WebGPU → hardware WebGL → WASM → CPU → software WebGL → software WebGPU
 *   (a software GPU is slower than WASM, and than plain-JS CPU too: the trainer ran 5 epochs in 10 s
 *   on software WebGL against about 1,200 on CPU; docs/platform-facts.md §2)
 *
 * tfjs-core and each backend are imported only when ready() or setBackend() first runs.
 */
import { describeChoice, parseBackendParam, processorOf } from './describe';
import { knownAnswerCheckWithin } from './health-check';
import { TFJS_WASM_PATH } from '../../paths';
import { defaultLoaders, loadCore, retireBackend, type BackendLoader } from './loaders';
import { watchForLoss } from './loss';
import { probeWebGL, probeWebGPU, softwareName, type Platform } from './probe';
import { orAfter } from './timeout';
import type { BackendEvent, BackendListener, BackendName, BackendReport, CandidateReport, ProbeResult, SkipCode, TfCore } from './types';

export interface BackendManagerOptions {
  /** The reader's choice (null = automatic). Takes precedence over `search`. */
  requested?: BackendName | null;
  /** The page's query string (location.search); ?backend=webgpu|webgl|wasm|cpu requests one. */
  search?: string;
  /** GPU probing (browserPlatform(globalThis) in a page); default: no GPU APIs, as in Node. */
  platform?: Platform;
  /** Where the wasm binaries are served; null = let the backend find them. Default TFJS_WASM_PATH (lib/paths.ts: '/tfjs/' under the site's base path). */
  wasmPath?: string | null;
  /** Replace how a backend is loaded (tests use this to simulate a broken one). */
  loaders?: Partial<Record<BackendName, BackendLoader>>;
  /** Give up on a check after this long. Default 15 s. */
  checkTimeoutMs?: number;
  /** Give up on loading and starting a backend (its code, its wasm binary) after this long. Default 20 s. */
  loadTimeoutMs?: number;
}

type Probes = Record<BackendName, ProbeResult>;
const ALWAYS: ProbeResult = { available: true, software: false, detail: '' };

export class BackendManager {
  private tfCore: TfCore | null = null;
  private probes: Promise<Probes> | null = null;
  private readonly loaders: Record<BackendName, BackendLoader>;
  private readonly loaded = new Set<BackendName>();
  private readonly lost = new Map<BackendName, string>();
  private readonly listeners = new Set<BackendListener>();
  private requested: BackendName | null;
  private current: BackendReport | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private first: Promise<BackendReport> | null = null;
  private detachLossWatch: () => void = () => {};

  constructor(private readonly options: BackendManagerOptions = {}) {
    this.requested = options.requested !== undefined ? options.requested : parseBackendParam(options.search ?? '');
    this.loaders = { ...defaultLoaders(options.wasmPath === undefined ? TFJS_WASM_PATH : options.wasmPath), ...options.loaders };
  }

  /** The first choice (made once; later calls return the same promise). A failure is forgotten, so a later call tries again. */
  ready(): Promise<BackendReport> {
    if (!this.first) {
      const first = this.enqueue(() => this.choose());
      this.first = first;
      first.catch(() => {
        if (this.first === first) this.first = null;
      });
    }
    return this.first;
  }

  /** The latest choice, or null before ready() resolves. */
  get report(): BackendReport | null {
    return this.current;
  }

  /** tfjs-core, once ready() has resolved. */
  get tf(): TfCore {
    if (!this.tfCore) throw new Error('BackendManager: await ready() first');
    return this.tfCore;
  }

  /**
   * The reader's choice (null = automatic). A backend that fails is refused with a 'refused' event
   * and the next one in the automatic order is used. Choosing a lost backend gives it another try.
   */
  setBackend(name: BackendName | null): Promise<BackendReport> {
    this.requested = name;
    if (name) this.lost.delete(name);
    return this.enqueue(() => this.choose());
  }

  /** Events: 'chosen', 'refused', 'lost'. Returns an unsubscribe function. */
  subscribe(listener: BackendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: BackendEvent): void {
    for (const l of this.listeners) l(event);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private probeAll(): Promise<Probes> {
    const platform = this.options.platform ?? {};
    this.probes ??= probeWebGPU(platform).then((webgpu) => ({ webgpu, webgl: probeWebGL(platform), wasm: ALWAYS, cpu: ALWAYS }));
    return this.probes;
  }

  /**
   * The automatic order for these probes: hardware (or absent, to be reported as such) GPUs first,
   * then WASM, then the plain-JS cpu backend, then the software GPUs (one rule: a software GPU is
   * never chosen while WASM or CPU works).
   */
  static rank(probes: Probes): BackendName[] {
    const soft = (n: BackendName) => probes[n].available && probes[n].software;
    return [
      ...(['webgpu', 'webgl'] as const).filter((n) => !soft(n)),
      'wasm',
      'cpu',
      ...(['webgl', 'webgpu'] as const).filter(soft),
    ];
  }

  private async choose(): Promise<BackendReport> {
    const tf = (this.tfCore ??= await loadCore());
    const probes = await this.probeAll();
    const ranked = BackendManager.rank(probes);
    const requested = this.requested;
    const order = requested ? [requested, ...ranked.filter((n) => n !== requested)] : ranked;
    const candidates: CandidateReport[] = [];
    let chosen: CandidateReport | null = null;
    let refusal: string | null = null;

    for (const name of order) {
      const probe = probes[name];
      const c: CandidateReport = { name, chosen: false, processor: processorOf(name), software: probe.software, detail: probe.detail, skip: null, check: null };
      candidates.push(c);
      const skip = (code: SkipCode, reason: string) => {
        c.skip = { code, reason };
        if (name === requested && !refusal) refusal = reason;
      };
      if (!probe.available) {
        skip(probe.code ?? 'no-api', probe.reason ?? 'unavailable');
        continue;
      }
      if (this.lost.has(name) && name !== requested) {
        skip('lost', this.lost.get(name)!);
        continue;
      }
      if (chosen) {
        skip(probe.software ? 'software' : 'not-needed', probe.software ? `software GPU (${softwareName(probe.detail)})` : `${chosen.name} chosen first`);
        continue;
      }
      const init = await this.activate(tf, name);
      if (init) {
        skip('init-failed', init);
        // Also drops a start still pending (a binary that never arrived): tf.ready() would wait for it.
        retireBackend(tf, name);
        continue;
      }
      const check = await knownAnswerCheckWithin(tf, this.options.checkTimeoutMs ?? 15_000).catch((e: unknown) => String(e));
      if (typeof check === 'string' && check !== 'timeout') {
        skip('init-failed', `known-answer check threw: ${check}`);
        retireBackend(tf, name);
        continue;
      }
      if (check === 'timeout') {
        skip('timeout', 'known-answer check timed out');
        retireBackend(tf, name);
        continue;
      }
      c.check = check;
      if (!check.ok) {
        skip('wrong-numbers', `wrong numbers in ${check.failures.join(', ')} (max error ${check.maxError.toPrecision(3)})`);
        retireBackend(tf, name);
        continue;
      }
      c.chosen = true;
      chosen = c;
    }
    if (!chosen) throw new Error(`no backend passed its check: ${candidates.map((c) => `${c.name}: ${c.skip?.reason}`).join('; ')}`);
    if (tf.getBackend() !== chosen.name) await tf.setBackend(chosen.name);

    const report: BackendReport = {
      backend: chosen.name,
      processor: chosen.processor,
      software: chosen.software,
      label: describeChoice(chosen, candidates),
      requested,
      candidates,
    };
    this.current = report;
    this.detachLossWatch();
    this.detachLossWatch = watchForLoss(tf, chosen.name, (reason) => void this.onLost(chosen!.name, reason));
    if (refusal && requested) this.emit({ type: 'refused', backend: requested, reason: refusal, report });
    this.emit({ type: 'chosen', report });
    return report;
  }

  /** Loads and switches to a backend; returns why it failed, or null. */
  private async activate(tf: TfCore, name: BackendName): Promise<string | null> {
    const start = async () => {
      if (!this.loaded.has(name)) {
        await this.loaders[name](tf);
        this.loaded.add(name);
      }
      if (!(await tf.setBackend(name))) return 'failed to initialise';
      await tf.ready();
      return null;
    };
    // A backend whose code or binary never arrives (a stalled download) must not hold up the
    // choice: after loadTimeoutMs it counts as failed and the next candidate is tried.
    const ms = this.options.loadTimeoutMs ?? 20_000;
    try {
      return await orAfter(start(), ms, `failed to initialise: no answer within ${ms / 1000} s`);
    } catch (e) {
      return `failed to initialise: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private async onLost(name: BackendName, reason: string): Promise<void> {
    const tf = this.tf;
    this.lost.set(name, reason);
    retireBackend(tf, name);
    const report = await this.enqueue(() => {
      if (this.requested === name) this.requested = null;
      return this.choose();
    });
    this.emit({ type: 'lost', backend: name, reason, report });
  }
}

let shared: BackendManager | null = null;

/**
 * The page's one manager. tfjs has one global engine, so two managers would fight over
 * tf.setBackend(); the options count only on the first call.
 */
export function getBackendManager(options?: BackendManagerOptions): BackendManager {
  shared ??= new BackendManager(options);
  return shared;
}
