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

  it('name the field of a manifest that is not shaped like one (problem "manifest")', async () => {
    const { manifest } = await tinyFile();
    const bad = (patch: (m: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const m = JSON.parse(JSON.stringify(manifest));
      patch(m);
      return () => checkManifest(m, 'gpt');
    };
    const cases: [(m: Record<string, any>) => void, RegExp][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      [(m) => (m.format = 'other'), /format 应为「mini-transformer-weights」，实际是「other」/],
      [(m) => (m.version = 2), /版本是 2，本页只认识版本 1/],
      [(m) => (m.kind = 'lstm'), /kind 应为 gpt 或 bert，实际是「lstm」/],
      [(m) => delete m.config, /缺少 config/],
      [(m) => (m.config.ctx = 0), /config 不合法：config\.ctx must be a positive integer \(got 0\)/],
      [(m) => (m.config.causal = 'yes'), /config 不合法：config\.causal must be true or false/],
      [(m) => (m.vocab[3] = '梯度'), /vocab 应是单个字符组成的数组/],
      [(m) => (m.vocab = 'abc'), /vocab 应是单个字符组成的数组/],
      [(m) => (m.vocab[3] = m.vocab[4]), /vocab 有重复的字符/],
      [(m) => (m.labels = [1, 2]), /labels 应是字符串数组/],
      [(m) => delete m.tensors, /缺少 tensors 列表/],
      [(m) => (m.tensors[2] = null), /tensors 的第 3 项应有 name、shape/],
      [(m) => (m.tensors[2].offset = -4), /tensors 的第 3 项/],
      [(m) => delete m.weights.sha256, /weights 字段应包含 file、bytes 和 sha256/],
      [(m) => (m.weights.sha256 = 'abc'), /weights 字段应包含/],
      [(m) => (m.weights.file = '../gpt.bin'), /weights 字段应包含/],
      [(m) => delete m.corpus.hash, /corpus 字段应包含/],
      [(m) => (m.parameters = 'many'), /parameters 应是参数的个数/],
      [(m) => (m.training.curve = [[1, 2]]), /training 记录不完整（training\.curve\.0/],
    ];
    for (const [patch, message] of cases) {
      const problem = await problemOf(bad(patch));
      expect(problem, String(patch)).toMatch(/^manifest: 模型清单/);
      expect(problem, String(patch)).toMatch(message);
    }
    expect(await problemOf(() => checkManifest(null))).toBe('manifest: 模型清单不是一个 JSON 对象。');
    expect(await problemOf(() => checkManifest('{}'))).toBe('manifest: 模型清单不是一个 JSON 对象。');
  });

  it('name what a well-shaped manifest gets wrong about its model (problem "mismatch")', async () => {
    const { manifest } = await tinyFile();
    const bad = (patch: (m: ModelManifest) => void) => {
      const m = JSON.parse(JSON.stringify(manifest)) as ModelManifest;
      patch(m);
      return () => checkManifest(m, 'gpt');
    };
    expect(await problemOf(bad((m) => (m.tensors[1].name = 'pos')))).toBe('mismatch: 第 2 个张量应为 pos_emb，清单中是 pos。');
    expect(await problemOf(bad((m) => (m.tensors[1].offset += 4)))).toMatch(/^mismatch: 张量 pos_emb 应从第 \d+ 字节开始，清单中是 \d+。$/);
    expect(await problemOf(bad((m) => (m.parameters += 1)))).toMatch(/^mismatch: 按 config，模型有 \d+ 个参数/);
    const config = tinyConfig(false);
    const bert = { ...JSON.parse(JSON.stringify(manifest)), kind: 'bert', config, labels: ['甲', '乙'] };
    expect(await problemOf(() => checkManifest(bert, 'bert'))).toMatch(/^mismatch: 分类头有 3 个类别，但 labels 的个数不符/);
  });
});
