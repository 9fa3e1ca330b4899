/**
 * The weights format of the mini models: a JSON manifest and one binary file of float32 values
 * (little-endian), the parameters one after another in the order of `parameterShapes(config)`.
 * Loading checks everything it can before a single number is used — the manifest's shape (a zod
 * schema), that its tensor list is exactly the one the config implies, the file's length, its
 * SHA-256 and that every value is finite — and fails with a ModelLoadError whose message names the
 * problem (shown to the reader as is).
 */
import * as tf from '@tensorflow/tfjs-core';
import { z } from '@/lib/zod';
import { configSchema, countParameters, parameterShapes, type TransformerConfig } from './config';
import type { Params } from './transformer';
import { SPECIALS, Vocab } from './vocab';
import { offlineFailure } from '@/lib/offline/policy.mjs';

export const WEIGHTS_FORMAT = 'mini-transformer-weights';
export const WEIGHTS_VERSION = 1;

export interface TensorEntry {
  name: string;
  shape: number[];
  /** Byte offset in the weights file. */
  offset: number;
}

export interface TrainingRecord {
  seed: number;
  backend: string;
  steps: number;
  batchSize: number;
  learningRate: number;
  seconds: number;
  /** [step, training loss (running mean), held-out loss] every evaluation, in nats per token. */
  curve: [number, number, number][];
  finalTrainLoss: number;
  finalHeldOutLoss: number;
  [extra: string]: unknown;
}

export interface ModelManifest {
  format: typeof WEIGHTS_FORMAT;
  version: typeof WEIGHTS_VERSION;
  kind: 'gpt' | 'bert';
  config: TransformerConfig;
  /** The characters after the special tokens, in id order. */
  vocab: string[];
  /** Class names of the classification head (BERT), in index order. */
  labels?: string[];
  tensors: TensorEntry[];
  weights: { file: string; bytes: number; sha256: string };
  corpus: { hash: string; chars: number; trainChars: number; heldOutChars: number };
  parameters: number;
  training: TrainingRecord;
}

export type LoadProblem = 'missing' | 'network' | 'manifest' | 'mismatch' | 'truncated' | 'checksum' | 'values';

export class ModelLoadError extends Error {
  constructor(readonly problem: LoadProblem, message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

function fail(problem: LoadProblem, message: string): never {
  throw new ModelLoadError(problem, message);
}

const count = z.number().int().min(0);

const tensorEntrySchema = z.object({ name: z.string(), shape: z.array(count), offset: count });

const trainingSchema = z.looseObject({
  seed: z.number(),
  backend: z.string(),
  steps: count,
  batchSize: count,
  learningRate: z.number(),
  seconds: z.number(),
  curve: z.array(z.tuple([z.number(), z.number(), z.number()])),
  finalTrainLoss: z.number(),
  finalHeldOutLoss: z.number(),
});

/**
 * The manifest's shape: types and formats of every field. What the fields must say about each other
 * (vocabulary size, tensor list, byte count) is checked by checkManifest after it.
 */
export const manifestSchema = z.object({
  format: z.literal(WEIGHTS_FORMAT),
  version: z.literal(WEIGHTS_VERSION),
  kind: z.enum(['gpt', 'bert']),
  config: configSchema,
  vocab: z.array(z.string().refine((c) => Array.from(c).length === 1)).refine((v) => new Set(v).size === v.length, { error: 'duplicate' }),
  labels: z.array(z.string()).optional(),
  tensors: z.array(tensorEntrySchema),
  weights: z.object({ file: z.string().regex(/^[\w.-]+$/), bytes: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  corpus: z.object({ hash: z.string(), chars: count, trainChars: count, heldOutChars: count }),
  parameters: count,
  training: trainingSchema,
}) satisfies z.ZodType<ModelManifest>;

type Field = keyof ModelManifest;

/** The message for the first shape problem, by the field it is in (the reader sees it as is). */
function shapeMessage(raw: Record<string, unknown>, issue: z.core.$ZodIssue): string {
  const [field, index] = issue.path as [Field | undefined, unknown];
  switch (field) {
    case undefined:
      return '模型清单不是一个 JSON 对象。';
    case 'format':
      return `模型清单的 format 应为「${WEIGHTS_FORMAT}」，实际是「${String(raw.format)}」。`;
    case 'version':
      return `模型清单的版本是 ${String(raw.version)}，本页只认识版本 ${WEIGHTS_VERSION}。`;
    case 'kind':
      return `模型清单的 kind 应为 gpt 或 bert，实际是「${String(raw.kind)}」。`;
    case 'config':
      return issue.path.length === 1 && issue.code === 'invalid_type' ? '模型清单缺少 config。' : `模型清单的 config 不合法：${issue.message}`;
    case 'vocab':
      return issue.path.length === 1 && issue.code === 'custom' ? '模型清单的 vocab 有重复的字符。' : '模型清单的 vocab 应是单个字符组成的数组。';
    case 'labels':
      return '模型清单的 labels 应是字符串数组。';
    case 'tensors':
      return typeof index === 'number' ? `模型清单 tensors 的第 ${index + 1} 项应有 name、shape（非负整数数组）和 offset。` : '模型清单缺少 tensors 列表。';
    case 'weights':
      return '模型清单的 weights 字段应包含 file、bytes 和 sha256。';
    case 'corpus':
      return '模型清单的 corpus 字段应包含 hash、chars、trainChars 和 heldOutChars。';
    case 'parameters':
      return '模型清单的 parameters 应是参数的个数。';
    case 'training':
      return `模型清单的 training 记录不完整（${issue.path.join('.')}）。`;
  }
}

/** Checks a parsed manifest against the format; returns it typed, or throws naming the first problem. */
export function checkManifest(raw: unknown, expectedKind?: 'gpt' | 'bert'): ModelManifest {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) fail('manifest', shapeMessage(isRecord(raw) ? raw : {}, parsed.error.issues[0]));
  const m: ModelManifest = parsed.data;
  const { config } = m;
  if (expectedKind && m.kind !== expectedKind) fail('mismatch', `这里需要 ${expectedKind} 模型，但清单描述的是 ${m.kind} 模型。`);
  if (config.causal !== (m.kind === 'gpt')) fail('mismatch', `${m.kind} 模型的 config.causal 应为 ${m.kind === 'gpt'}。`);
  if (m.vocab.length + SPECIALS.length !== config.vocabSize)
    fail('mismatch', `词表有 ${m.vocab.length} 个字符加 ${SPECIALS.length} 个特殊词元，但 config.vocabSize 是 ${config.vocabSize}。`);
  if (m.kind === 'bert' && config.numClasses && m.labels?.length !== config.numClasses)
    fail('mismatch', `分类头有 ${config.numClasses} 个类别，但 labels 的个数不符。`);
  const expected = parameterShapes(config);
  if (m.tensors.length !== expected.length)
    fail('mismatch', `按 config，模型应有 ${expected.length} 个参数张量，清单列出了 ${m.tensors.length} 个。`);
  let offset = 0;
  expected.forEach(([name, shape], i) => {
    const t = m.tensors[i];
    if (t.name !== name) fail('mismatch', `第 ${i + 1} 个张量应为 ${name}，清单中是 ${t.name}。`);
    if (t.shape.join(',') !== shape.join(',')) fail('mismatch', `张量 ${name} 的形状应为 [${shape}]，清单中是 [${String(t.shape)}]。`);
    if (t.offset !== offset) fail('mismatch', `张量 ${name} 应从第 ${offset} 字节开始，清单中是 ${String(t.offset)}。`);
    offset += shape.reduce((a, b) => a * b, 1) * 4;
  });
  if (m.weights.bytes !== offset) fail('mismatch', `按形状计算，权重文件应有 ${offset} 字节，清单写的是 ${m.weights.bytes}。`);
  const parameters = countParameters(config);
  if (m.parameters !== parameters) fail('mismatch', `按 config，模型有 ${parameters} 个参数，清单写的是 ${m.parameters}。`);
  return m;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', view as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks the binary against a checked manifest; returns its float32 values. */
export async function checkWeights(manifest: ModelManifest, buffer: ArrayBuffer): Promise<Float32Array> {
  const { bytes, sha256, file } = manifest.weights;
  if (buffer.byteLength < bytes) fail('truncated', `权重文件 ${file} 不完整：应有 ${bytes} 字节，只收到 ${buffer.byteLength} 字节。`);
  if (buffer.byteLength > bytes) fail('mismatch', `权重文件 ${file} 有 ${buffer.byteLength} 字节，比清单所说的 ${bytes} 字节多，它不属于这份清单。`);
  const actual = await sha256Hex(buffer);
  if (actual !== sha256) fail('checksum', `权重文件 ${file} 的校验和不符（应为 ${sha256.slice(0, 12)}…，实际 ${actual.slice(0, 12)}…）：文件已损坏或与清单不配套。`);
  const values = new Float32Array(buffer);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) fail('values', `权重文件 ${file} 的第 ${i} 个数不是有限数（${values[i]}）。`);
  }
  return values;
}

/** Tensors from checked values (the caller disposes them). */
export function paramsFromValues(manifest: ModelManifest, values: Float32Array): Params {
  const params: Params = {};
  for (const t of manifest.tensors) {
    const count = t.shape.reduce((a, b) => a * b, 1);
    params[t.name] = tf.tensor(values.subarray(t.offset / 4, t.offset / 4 + count), t.shape);
  }
  return params;
}

/** Parameters → one float32 buffer plus the tensor list, in the config's order. */
export async function serializeParams(config: TransformerConfig, params: Params): Promise<{ buffer: Uint8Array; tensors: TensorEntry[] }> {
  const shapes = parameterShapes(config);
  const total = shapes.reduce((s, [, shape]) => s + shape.reduce((a, b) => a * b, 1), 0);
  const out = new Float32Array(total);
  const tensors: TensorEntry[] = [];
  let at = 0;
  for (const [name, shape] of shapes) {
    const t = params[name];
    if (!t || t.shape.join(',') !== shape.join(',')) throw new Error(`parameter ${name} is missing or has the wrong shape`);
    out.set(await t.data<'float32'>(), at);
    tensors.push({ name, shape, offset: at * 4 });
    at += t.size;
  }
  return { buffer: new Uint8Array(out.buffer), tensors };
}

export function vocabOf(manifest: ModelManifest): Vocab {
  return new Vocab(manifest.vocab);
}

/** fetch with progress (0…1 of the bytes when the server says how many). 404 and network errors become ModelLoadErrors. */
export async function fetchBytes(url: string, onProgress?: (loaded: number, total: number | null) => void): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    fail('network', `无法下载 ${url}：${(e as Error).message}`);
  }
  const offline = offlineFailure(res, '这个模型的文件');
  if (offline) fail('network', offline);
  if (res.status === 404) fail('missing', `找不到文件 ${url}（404）。模型权重需要先用 npm run train:gpt / train:bert 生成。`);
  if (!res.ok) fail('network', `下载 ${url} 失败：HTTP ${res.status}。`);
  const lengthHeader = res.headers.get('content-length');
  const encoded = res.headers.get('content-encoding');
  const total = lengthHeader && !encoded ? Number(lengthHeader) : null;
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onProgress?.(buf.byteLength, buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

export interface LoadedModel {
  manifest: ModelManifest;
  params: Params;
  vocab: Vocab;
}

/** A checked manifest and its checked values: plain memory, safe to keep across backend changes. */
export interface ModelData {
  manifest: ModelManifest;
  values: Float32Array;
}

/** Manifest, then weights, each checked; progress covers the weights file. */
export async function fetchModel(
  manifestUrl: string,
  kind: 'gpt' | 'bert',
  onProgress?: (loaded: number, total: number) => void,
): Promise<ModelData> {
  const text = new TextDecoder().decode(await fetchBytes(manifestUrl));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail('manifest', `模型清单 ${manifestUrl} 不是合法的 JSON。`);
  }
  const manifest = checkManifest(raw, kind);
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const buffer = await fetchBytes(base + manifest.weights.file, (loaded, total) => onProgress?.(loaded, total ?? manifest.weights.bytes));
  return { manifest, values: await checkWeights(manifest, buffer) };
}

/** Tensors on the current backend for fetched data (the caller disposes `params`). */
export function instantiate(data: ModelData): LoadedModel {
  return { manifest: data.manifest, params: paramsFromValues(data.manifest, data.values), vocab: vocabOf(data.manifest) };
}
