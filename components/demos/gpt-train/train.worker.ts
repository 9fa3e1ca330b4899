/**
 * The "train from scratch" demo's Web Worker: its own tfjs-core (with gradients) on the page's
 * backend, the corpus, and one TrainRun at a time. While playing it trains step after step, letting
 * messages in between; it reports progress a few times a second, the held-out loss every
 * EVAL_EVERY steps and a sample every SAMPLE_EVERY steps. All work on a run goes through one queue,
 * so a reset never disposes a model in the middle of a step or a sample.
 */
// tfjs-core first: registering a gradient reads its flags, which the core's entry point defines.
import '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { BackendManager, browserPlatform } from '@/lib/compute';
import { EVAL_EVERY, modelKey, SAMPLE_EVERY, SAMPLE_PARAMS, type TrainSetup } from '@/lib/demos/gpt-train/params';
import { corpusFrom, liveTensors, TrainRun, type Corpus } from '@/lib/demos/gpt-train/engine';
import { StepRate, type FromWorker, type ToWorker } from '@/lib/demos/gpt-train/protocol';

/** Least time between two progress messages while playing. */
const PROGRESS_MS = 200;

const ctx = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let corpus: Corpus | null = null;
/** The current model, its modelKey, and its number (raised for each new model). */
let run: TrainRun | null = null;
let key = '';
let generation = 0;
let playing = false;
let looping = false;
/** Batch losses since the last progress message, and the speed. */
const loss = { sum: 0, count: 0 };
const rate = new StepRate();
let lastProgressAt = 0;

// One queue for everything that touches the run.
let queue: Promise<void> = Promise.resolve();
const serial = (job: () => Promise<void> | void): Promise<void> => (queue = queue.then(job).catch(fail));

/**
 * Resolves in a later task, after the messages already queued have been handled: a MessageChannel
 * task is not delayed by setTimeout's 4 ms clamp.
 */
const { port1, port2 } = new MessageChannel();
const waiting: (() => void)[] = [];
port1.onmessage = () => waiting.shift()?.();
const nextTask = () => new Promise<void>((resolve) => (waiting.push(resolve), port2.postMessage(null)));

function fail(e: unknown) {
  playing = false;
  ctx.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

function progress(r: TrainRun) {
  lastProgressAt = performance.now();
  ctx.postMessage({
    type: 'progress',
    generation,
    step: r.step,
    learningRate: r.learningRate,
    trainLoss: loss.count > 0 ? loss.sum / loss.count : NaN,
    stepsPerSecond: playing ? rate.perSecond : 0,
    numTensors: liveTensors(),
  });
  loss.sum = 0;
  loss.count = 0;
}

async function evaluate(r: TrainRun) {
  const g = generation;
  const value = await r.heldOutLoss();
  if (g === generation) ctx.postMessage({ type: 'heldOut', generation: g, step: r.step, loss: value });
}

async function sample(r: TrainRun) {
  const g = generation;
  const text = await r.sample();
  if (g === generation) ctx.postMessage({ type: 'sample', generation: g, step: r.step, prompt: SAMPLE_PARAMS.prompt, text });
}

/** One step, then whatever falls due at the new step count. */
async function step(r: TrainRun) {
  loss.sum += await r.trainStep();
  loss.count++;
  rate.mark(performance.now(), r.step);
  if (r.step % EVAL_EVERY === 0) await evaluate(r);
  if (r.step % SAMPLE_EVERY === 0) await sample(r);
  if (r.step === r.totalSteps && playing) {
    playing = false;
    ctx.postMessage({ type: 'done', generation, step: r.step });
  }
  if (!playing || performance.now() - lastProgressAt >= PROGRESS_MS) progress(r);
}

async function loop() {
  if (looping) return;
  looping = true;
  rate.clear();
  try {
    while (playing && run) {
      await serial(() => (playing && run ? step(run) : undefined));
      await nextTask();
    }
  } finally {
    looping = false;
  }
}

/** The latest set-up not yet applied (a slider sends many; only the last one is built). */
let pending: { setup: TrainSetup; reset: boolean } | null = null;

async function applySetup() {
  if (!pending) return;
  const { setup: s, reset } = pending;
  pending = null;
  if (!corpus) throw new Error('训练线程尚未就绪');
  if (run && !reset && modelKey(s) === key) {
    run.setHyper(s);
    return;
  }
  run?.dispose();
  run = null;
  generation++;
  loss.sum = 0;
  loss.count = 0;
  const r = new TrainRun(corpus, s);
  key = modelKey(s);
  ctx.postMessage({ type: 'reset', generation, parameters: r.parameters, numTensors: liveTensors() });
  run = r;
  progress(r);
  await evaluate(r);
  await sample(r);
}

async function init(m: Extract<ToWorker, { type: 'init' }>) {
  const manager = new BackendManager({ search: `?backend=${m.backend}`, platform: browserPlatform(globalThis), wasmPath: m.wasmPath });
  const report = await manager.ready();
  const response = await fetch(m.corpusUrl).catch(() => null);
  if (!response || !response.ok) throw new Error(`无法下载训练语料 ${m.corpusUrl}（${response ? `HTTP ${response.status}` : '网络错误'}）`);
  corpus = corpusFrom(await response.json().catch(() => null));
  ctx.postMessage({ type: 'ready', backend: report.backend, label: report.label, vocabSize: corpus.vocab.size, trainChars: corpus.train.length, heldOutChars: corpus.heldOut.length });
}

ctx.onmessage = (e) => {
  const msg = e.data;
  switch (msg.type) {
    case 'init':
      void serial(() => init(msg));
      break;
    case 'setup':
      pending = { setup: msg.setup, reset: msg.reset || (pending?.reset ?? false) };
      void serial(applySetup);
      break;
    case 'play':
      playing = msg.playing;
      if (playing) void loop();
      else void serial(() => (run ? progress(run) : undefined));
      break;
    case 'step':
      if (!playing) void serial(() => (run ? step(run) : undefined));
      break;
  }
};
