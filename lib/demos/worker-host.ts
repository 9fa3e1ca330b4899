/**
 * The one scaffold for a demo's Web Worker (the trainer's, "train from scratch"'s): typed messages,
 * the backend chosen from a value the page passes (not a URL), a `ready` or `error` reply, a
 * generation counter so the view can drop what an old model sent after a reset, one queue for
 * everything that touches the worker's state, and a yield that lets queued messages in.
 *
 *   // my.worker.ts
 *   const host = hostWorker<ToWorker, FromWorker>(self, {
 *     async init(msg, report) { …; return { vocabSize: 1340 }; },   // extra fields of 'ready'
 *     onMessage(msg) { … host.post({ type: 'frame', generation: host.generation, … }) },
 *     onFail() { playing = false; },
 *   });
 *
 * The view side is components/demos/kit/useWorker.ts.
 */
import { BackendManager, browserPlatform, type BackendName, type BackendReport } from '@/lib/compute';
import { nextTask } from './yield';

/** The first message a view sends: which backend to use (the page's, as a value) and where wasm is. */
export interface InitMessage {
  type: 'init';
  backend: BackendName | null;
  wasmPath: string;
}

/** What every worker may answer besides its own messages. */
export type HostReply = { type: 'ready'; backend: BackendName; label: string; [extra: string]: unknown } | { type: 'error'; message: string };

/** The worker's global scope, as far as the host uses it. */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

export interface WorkerHost<Out> {
  post(message: Out | HostReply, transfer?: Transferable[]): void;
  /** Reports an error to the view (shown by the demo's error boundary) and calls onFail. */
  fail(e: unknown): void;
  /** Lets queued messages in: resolves in a fresh task behind them (lib/demos/yield.ts says why not scheduler.yield). */
  yield(): Promise<void>;
  /** Runs jobs one after another (a reset never disposes a model in the middle of a step); errors go to fail. */
  serial(job: () => Promise<void> | void): Promise<void>;
  /** The current generation (see nextGeneration). */
  readonly generation: number;
  /** A new model or data set: messages carrying an older generation are stale. */
  nextGeneration(): number;
}

export interface HostOptions<In, Extra> {
  /** After the backend is ready: load what the worker needs; the result's fields go into 'ready'. */
  init(msg: In & InitMessage, report: BackendReport): Promise<Extra>;
  /** Every message after init (init itself is handled by the host). */
  onMessage(msg: Exclude<In, InitMessage>): void;
  /** Called when something failed (e.g. to stop playing). */
  onFail?(): void;
}

export function hostWorker<In extends { type: string }, Out extends { type: string }, Extra extends object | void = void>(
  scope: WorkerScope,
  options: HostOptions<In, Extra>,
): WorkerHost<Out> {
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();
  const host: WorkerHost<Out> = {
    post: (message, transfer) => scope.postMessage(message, transfer ?? []),
    fail(e) {
      options.onFail?.();
      scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies HostReply);
    },
    yield: nextTask,
    serial: (job) => (queue = queue.then(job).catch((e: unknown) => host.fail(e))),
    get generation() {
      return generation;
    },
    nextGeneration: () => ++generation,
  };

  scope.onmessage = (e: MessageEvent<In>) => {
    const msg = e.data;
    if (msg.type === 'init') {
      const init = msg as In & InitMessage;
      void host.serial(async () => {
        const manager = new BackendManager({ requested: init.backend, platform: browserPlatform(globalThis), wasmPath: init.wasmPath });
        const report = await manager.ready();
        const extra = await options.init(init, report);
        host.post({ type: 'ready', backend: report.backend, label: report.label, ...(extra ?? {}) });
      });
      return;
    }
    try {
      options.onMessage(msg as Exclude<In, InitMessage>);
    } catch (err) {
      host.fail(err);
    }
  };
  return host;
}
