/**
 * The trainer's Web Worker: trains with lib/compute on its own tfjs backend, off the page's main
 * thread, in slices of ~10 ms between which it reads its messages; when the view asks for a frame
 * (once per animation frame, at most every FRAME_MS), it sends the 100×100 decision boundary
 * (a transferred Float32Array) and the losses.
 */
import { BackendManager, browserPlatform, loadMaths, type Maths } from '@/lib/compute';
import { networkKey, type TrainerSetup } from '@/lib/demos/trainer/params';
import { TrainerEngine } from '@/lib/demos/trainer/engine';
import type { FromWorker, ToWorker } from '@/lib/demos/trainer/protocol';

const SLICE_MS = 10;
/**
 * A frame (boundary + losses) every FRAME_SHARE × its own cost, kept between FRAME_MS and
 * MAX_FRAME_MS: the boundary takes about a quarter of the worker's time, training the rest, and a
 * busy machine still sees at least 10 new boundaries a second.
 */
const FRAME_MS = 33;
const MAX_FRAME_MS = 100;
const FRAME_SHARE = 4;
let frameCost = 0;
const frameInterval = () => Math.min(MAX_FRAME_MS, Math.max(FRAME_MS, FRAME_SHARE * frameCost));
const frameDue = () => frameWanted && performance.now() - lastFrameAt >= frameInterval();

const ctx = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let M: Maths | null = null;
let engine: TrainerEngine | null = null;
let key = '';
let generation = 0;
let playing = false;
let frameWanted = false;
let lastFrameAt = 0;
let looping = false;
let gpu = false;

// Yielding through a MessageChannel lets queued messages in without setTimeout's clamping.
const channel = new MessageChannel();
let wake: () => void = () => {};
channel.port1.onmessage = () => wake();
const yieldToMessages = () => new Promise<void>((resolve) => ((wake = resolve), channel.port2.postMessage(0)));

function fail(e: unknown) {
  playing = false;
  ctx.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

async function sendFrame() {
  if (!engine) return;
  frameWanted = false;
  lastFrameAt = performance.now();
  const g = generation;
  const frame = await engine.frame();
  const cost = performance.now() - lastFrameAt;
  frameCost = frameCost === 0 ? cost : 0.8 * frameCost + 0.2 * cost;
  if (g === generation) ctx.postMessage({ type: 'frame', generation: g, ...frame }, [frame.boundary.buffer]);
}

async function loop() {
  if (looping) return;
  looping = true;
  try {
    while (playing && engine) {
      const current = engine;
      const start = performance.now();
      do {
        current.trainEpoch();
        // On a GPU an epoch is only queued: wait for it, so the slice measures real work.
        if (gpu) await current.sync();
      } while (performance.now() - start < SLICE_MS && !frameDue());
      if (frameDue()) await sendFrame();
      await yieldToMessages();
    }
    // Paused: one last frame, so the view shows every epoch done.
    if (engine) await sendFrame();
  } catch (e) {
    fail(e);
  } finally {
    looping = false;
  }
}

function setup(s: TrainerSetup, reset: boolean) {
  if (!M) throw new Error('trainer worker: init first');
  const k = networkKey(s);
  if (engine && k === key && !reset) {
    engine.setHyper(s.learningRate, s.batchSize);
    return;
  }
  engine?.dispose();
  engine = new TrainerEngine(M, s);
  key = k;
  generation++;
  ctx.postMessage({ type: 'points', points: engine.points, generation });
  void sendFrame();
}

ctx.onmessage = (e) => {
  const msg = e.data;
  try {
    switch (msg.type) {
      case 'init': {
        const manager = new BackendManager({ search: `?backend=${msg.backend}`, platform: browserPlatform(globalThis), wasmPath: msg.wasmPath });
        manager
          .ready()
          .then(async (report) => {
            M = await loadMaths();
            gpu = report.processor === 'gpu';
            ctx.postMessage({ type: 'ready', backend: report.backend, label: report.label });
          })
          .catch(fail);
        break;
      }
      case 'setup':
        setup(msg.setup, msg.reset);
        break;
      case 'play':
        playing = msg.playing;
        if (playing) void loop();
        break;
      case 'step':
        if (engine && !playing) {
          engine.trainEpoch();
          void sendFrame().catch(fail);
        }
        break;
      case 'frame':
        frameWanted = true;
        if (!playing) void sendFrame().catch(fail);
        break;
      case 'weights':
        engine?.weights().then((layers) => ctx.postMessage({ type: 'weights', layers }), fail);
        break;
    }
  } catch (err) {
    fail(err);
  }
};
