/**
 * The "train from scratch" demo's Web Worker: its own tfjs-core (with gradients) on the page's
 * backend, the corpus, and one TrainRun at a time. While playing it trains step after step, letting
 * messages in between; it reports progress a few times a second, the held-out loss every
 * EVAL_EVERY steps and a sample every SAMPLE_EVERY steps. All work on a run goes through one queue,
 * so a reset never disposes a model in the middle of a step or a sample.
 */
import '@/lib/compute/tf';
import { EVAL_EVERY, modelKey, SAMPLE_EVERY, SAMPLE_PARAMS, type TrainSetup } from '@/lib/demos/gpt-train/params';
import { corpusFrom, liveTensors, TrainRun, type Corpus } from '@/lib/demos/gpt-train/engine';
import { StepRate, type FromWorker, type ToWorker } from '@/lib/demos/gpt-train/protocol';
import { hostWorker, type WorkerScope } from '@/lib/demos/worker-host';
import { offlineFailure } from '@/lib/offline/policy.mjs';

/** Least time between two progress messages while playing. */
const PROGRESS_MS = 200;

let corpus: Corpus | null = null;
/** The current model and its modelKey (host.generation numbers the models). */
let run: TrainRun | null = null;
let key = '';
let playing = false;
let looping = false;
/** Batch losses since the last progress message, and the speed. */
const loss = { sum: 0, count: 0 };
const rate = new StepRate();
let lastProgressAt = 0;

function progress(r: TrainRun) {
  lastProgressAt = performance.now();
  host.post({
    type: 'progress',
    generation: host.generation,
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
  const g = host.generation;
  const value = await r.heldOutLoss();
  if (g === host.generation) host.post({ type: 'heldOut', generation: g, step: r.step, loss: value });
}

async function sample(r: TrainRun) {
  const g = host.generation;
  const text = await r.sample();
  if (g === host.generation) host.post({ type: 'sample', generation: g, step: r.step, prompt: SAMPLE_PARAMS.prompt, text });
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
    host.post({ type: 'done', generation: host.generation, step: r.step });
  }
  if (!playing || performance.now() - lastProgressAt >= PROGRESS_MS) progress(r);
}

async function loop() {
  if (looping) return;
  looping = true;
  rate.clear();
  try {
    while (playing && run) {
      await host.serial(() => (playing && run ? step(run) : undefined));
      await host.yield();
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
  const generation = host.nextGeneration();
  loss.sum = 0;
  loss.count = 0;
  const r = new TrainRun(corpus, s);
  key = modelKey(s);
  host.post({ type: 'reset', generation, parameters: r.parameters, numTensors: liveTensors() });
  run = r;
  progress(r);
  await evaluate(r);
  await sample(r);
}

const host = hostWorker<ToWorker, FromWorker, { vocabSize: number; trainChars: number; heldOutChars: number }>(self as unknown as WorkerScope, {
  async init(m) {
    const response = await fetch(m.corpusUrl).catch(() => null);
    const offline = response && offlineFailure(response, '训练语料');
    if (offline) throw new Error(offline);
    if (!response || !response.ok) throw new Error(`无法下载训练语料 ${m.corpusUrl}（${response ? `HTTP ${response.status}` : '网络错误'}）`);
    corpus = corpusFrom(await response.json().catch(() => null));
    return { vocabSize: corpus.vocab.size, trainChars: corpus.train.length, heldOutChars: corpus.heldOut.length };
  },
  onMessage(msg) {
    switch (msg.type) {
      case 'setup':
        pending = { setup: msg.setup, reset: msg.reset || (pending?.reset ?? false) };
        void host.serial(applySetup);
        break;
      case 'play':
        playing = msg.playing;
        if (playing) void loop();
        else void host.serial(() => (run ? progress(run) : undefined));
        break;
      case 'step':
        if (!playing) void host.serial(() => (run ? step(run) : undefined));
        break;
    }
  },
  onFail() {
    playing = false;
  },
});
