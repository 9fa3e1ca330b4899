/** The weights format: a round trip is exact, and every kind of bad file is refused with a message naming the problem. */
import { beforeAll, describe, expect, it } from 'vitest';
import { countParameters } from '@/lib/models/config';
import { disposeParams } from '@/lib/models/transformer';
import {
  ModelLoadError,
  WEIGHTS_FORMAT,
  WEIGHTS_VERSION,
  checkManifest,
  checkWeights,
  instantiate,
  serializeParams,
  sha256Hex,
  type ModelManifest,
} from '@/lib/models/weights';
import { useCpu } from '../compute/setup';
import { tinyConfig, tinyParams, tinyVocab } from './tiny';

beforeAll(useCpu);

async function tinyFile(): Promise<{ manifest: ModelManifest; buffer: ArrayBuffer }> {
  const config = tinyConfig(true);
  const params = tinyParams(config, 8);
  const { buffer, tensors } = await serializeParams(config, params);
  disposeParams(params);
  const manifest: ModelManifest = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    kind: 'gpt',
    config,
    vocab: [...tinyVocab().chars],
    tensors,
    weights: { file: 'tiny.bin', bytes: buffer.byteLength, sha256: await sha256Hex(buffer) },
    corpus: { hash: '00000000', chars: 1, trainChars: 1, heldOutChars: 0 },
    parameters: countParameters(config),
    training: { seed: 1, backend: 'cpu', steps: 0, batchSize: 1, learningRate: 0, seconds: 0, curve: [], finalTrainLoss: 0, finalHeldOutLoss: 0 },
  };
  return { manifest, buffer: buffer.slice().buffer };
}

async function problemOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelLoadError);
    return `${(e as ModelLoadError).problem}: ${(e as Error).message}`;
  }
  throw new Error('expected a ModelLoadError');
}

describe('weights files', () => {
  it('round-trip exactly', async () => {
    const { manifest, buffer } = await tinyFile();
    const checked = checkManifest(JSON.parse(JSON.stringify(manifest)), 'gpt');
    const values = await checkWeights(checked, buffer);
    const model = instantiate({ manifest: checked, values });
    const original = tinyParams(manifest.config, 8);
    for (const [name, t] of Object.entries(original)) expect(Array.from(await model.params[name].data())).toEqual(Array.from(await t.data()));
    expect(model.vocab.size).toBe(manifest.config.vocabSize);
    disposeParams(original);
    disposeParams(model.params);
  });

  it('refuse a truncated, padded, corrupted or non-finite file', async () => {
    const { manifest, buffer } = await tinyFile();
    expect(await problemOf(() => checkWeights(manifest, buffer.slice(0, buffer.byteLength - 4)))).toMatch(/^truncated: .*不完整/);
    const padded = new Uint8Array(buffer.byteLength + 4);
    padded.set(new Uint8Array(buffer));
    expect(await problemOf(() => checkWeights(manifest, padded.buffer))).toMatch(/^mismatch: /);
    const flipped = new Uint8Array(buffer.slice(0));
    flipped[100] ^= 1;
    expect(await problemOf(() => checkWeights(manifest, flipped.buffer))).toMatch(/^checksum: .*校验和不符/);
    const nan = new Float32Array(buffer.slice(0));
    nan[7] = NaN;
    const withNaN = { ...manifest, weights: { ...manifest.weights, sha256: await sha256Hex(nan.buffer) } };
    expect(await problemOf(() => checkWeights(withNaN, nan.buffer))).toMatch(/^values: .*第 7 个数/);
  });

  it('refuse a manifest that does not describe the model it claims', async () => {
    const { manifest } = await tinyFile();
    const bad = (patch: (m: ModelManifest) => void) => {
      const m = JSON.parse(JSON.stringify(manifest)) as ModelManifest;
      patch(m);
      return () => checkManifest(m, 'gpt');
    };
    expect(await problemOf(() => checkManifest(manifest, 'bert'))).toMatch(/^mismatch: .*需要 bert 模型/);
    expect(await problemOf(bad((m) => (m.format = 'other' as typeof WEIGHTS_FORMAT)))).toMatch(/^manifest: /);
    expect(await problemOf(bad((m) => (m.tensors[4].shape = [16, 15])))).toMatch(/^mismatch: 张量 h0\.attn\.wq 的形状/);
    expect(await problemOf(bad((m) => m.tensors.pop()))).toMatch(/^mismatch: .*参数张量/);
    expect(await problemOf(bad((m) => m.vocab.pop()))).toMatch(/^mismatch: 词表/);
    expect(await problemOf(bad((m) => (m.config.nHeads = 3)))).toMatch(/^manifest: .*divisible/);
    expect(await problemOf(bad((m) => (m.weights.bytes += 4)))).toMatch(/^mismatch: /);
    expect(await problemOf(bad((m) => (m.config.causal = false)))).toMatch(/^mismatch: /);
    expect(await problemOf(() => checkManifest([], 'gpt'))).toMatch(/^manifest: /);
  });
});
