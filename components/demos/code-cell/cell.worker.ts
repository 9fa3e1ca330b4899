/**
 * The code cell's sandbox: a Web Worker with tfjs-core on the page's backend, the book's maths
 * (lib/compute/maths) and print / table / plot (lib/demos/code-cell/run.ts). Once the backend is
 * ready the globals that could reach the network, storage or the page are locked
 * (lib/demos/code-cell/sandbox.ts). A runaway loop is stopped from outside: the view terminates
 * this worker (time limit or 停止) and starts a fresh one.
 */
import { tf } from '@/lib/compute/tf';
import * as M from '@/lib/compute/maths';
import { calibrate, type CellFunction } from '@/lib/demos/code-cell/lines';
import type { FromWorker, ToWorker } from '@/lib/demos/code-cell/protocol';
import { runCell } from '@/lib/demos/code-cell/run';
import { lockdown } from '@/lib/demos/code-cell/sandbox';
import { hostWorker, type WorkerScope } from '@/lib/demos/worker-host';

// Captured before lockdown, which hides them from the reader's code.
const Maker = Object.getPrototypeOf(async function () {}).constructor as new (...args: string[]) => CellFunction;
const realPost = self.postMessage.bind(self);
const scope: WorkerScope = { postMessage: (m, t) => realPost(m, { transfer: t ?? [] }), onmessage: null };
self.addEventListener('message', (e) => scope.onmessage?.(e));

let offset = 0;

const host = hostWorker<ToWorker, FromWorker>(scope, {
  async init() {
    offset = await calibrate(Maker);
    lockdown(self);
  },
  onMessage(msg) {
    if (msg.type !== 'run') return;
    const id = msg.run;
    void host.serial(async () => {
      const r = await runCell(msg.code, { tf, M, offset, Maker, out: (item) => host.post({ type: 'out', run: id, item }) });
      host.post(r.ok ? { type: 'done', run: id, ms: r.ms } : { type: 'fail', run: id, message: r.message, line: r.line, syntax: r.syntax });
    });
  },
});
