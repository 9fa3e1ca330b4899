/**
 * The trainer's Web Worker: trains with lib/compute on its own tfjs backend, off the page's main
 * thread, in slices of ~10 ms between which it reads its messages; when the view asks for a frame
 * (once per animation frame, at most every FRAME_MS), it sends the decision boundary (a transferred
 * Float32Array: 50×50 while playing, 100×100 when paused) and the losses.
 */
import { networkKey, type TrainerSetup } from '@/lib/demos/trainer/params';
import { hostWorker, type WorkerScope } from '@/lib/demos/worker-host';
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

let engine: TrainerEngine | null = null;
let key = '';
let playing = false;
let frameWanted = false;
let lastFrameAt = 0;
let looping = false;
let gpu = false;

/**
 * While playing, a frame carries the network diagram's maps and the weights at most every
 * max(MAPS_MS, MAPS_SHARE × their cost): on wasm about ten times a second; on a software GPU, where
 * each of the ~14 weight read-backs is slow, seldom enough that training goes on. Paused or
 * stepped, every frame carries them.
 */
const MAPS_MS = 100;
const MAPS_SHARE = 8;
let mapsAt = 0;
let mapsCost = 0;

/** The frame on its way (weights wait for it: the view's table of recent losses is taken at their arrival). */
let frameSent: Promise<void> = Promise.resolve();

function sendFrame(coarse = false): Promise<void> {
  const sent = frameSent.then(() => buildFrame(coarse));
  frameSent = sent.catch(() => undefined);
  return sent;
}

/** The weights and biases for the view's table, after the frame on its way. */
function sendWeights() {
  frameSent.then(() => engine?.weights()).then((layers) => layers && host.post({ type: 'weights', layers }), host.fail);
}

async function buildFrame(coarse: boolean) {
  if (!engine) return;
  frameWanted = false;
  const start = (lastFrameAt = performance.now());
  const g = host.generation;
  const maps = !coarse || start - mapsAt >= Math.max(MAPS_MS, MAPS_SHARE * mapsCost);
  const frame = await engine.frame(coarse, maps);
  if (maps) {
    mapsAt = performance.now();
    mapsCost = mapsAt - start; // the whole frame's: an overestimate, on the safe side
  }
  const cost = performance.now() - lastFrameAt;
  frameCost = frameCost === 0 ? cost : 0.8 * frameCost + 0.2 * cost;
  if (g === host.generation) host.post({ type: 'frame', generation: g, ...frame }, [...new Set([frame.boundary, frame.neurons, frame.weights].filter((a) => a.length > 0).map((a) => a.buffer))]);
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
      if (frameDue()) await sendFrame(true);
      await host.yield();
    }
    // Paused: one last frame, so the view shows every epoch done.
    if (engine) await sendFrame();
  } catch (e) {
    host.fail(e);
  } finally {
    looping = false;
  }
}

let drawnKey = '';

function setup(s: TrainerSetup, reset: boolean) {
  const k = networkKey(s);
  const d = JSON.stringify(s.drawn ?? []);
  if (engine && k === key && !reset) {
    engine.setHyper(s);
    if (d !== drawnKey) {
      // The reader's points changed: the same network goes on learning from them.
      drawnKey = d;
      engine.setDrawn(s);
      host.post({ type: 'points', points: engine.points, generation: host.generation, keep: true });
      if (!playing) void sendFrame();
    }
    return;
  }
  drawnKey = d;
  engine?.dispose();
  engine = new TrainerEngine(s);
  key = k;
  host.post({ type: 'points', points: engine.points, generation: host.nextGeneration() });
  void sendFrame();
  // The tables follow the new network at once (not only at the next pause).
  sendWeights();
}

const host = hostWorker<ToWorker, FromWorker>(self as unknown as WorkerScope, {
  async init(_msg, report) {
    gpu = report.processor === 'gpu';
  },
  onMessage(msg) {
    switch (msg.type) {
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
          void sendFrame().catch(host.fail);
        }
        break;
      case 'frame':
        frameWanted = true;
        if (!playing) void sendFrame().catch(host.fail);
        break;
      case 'focus':
        // The view says its focus on mount too: a frame only when it changed.
        if (engine?.setFocus(msg.neuron) && !playing) void sendFrame().catch(host.fail);
        break;
      case 'weights':
        sendWeights();
        break;
    }
  },
  onFail() {
    playing = false;
  },
});
