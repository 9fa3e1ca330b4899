/**
 * The mini-GPT demo's parameters (one table: defaults, controls, URL state `?gpt.temperature=0.5`),
 * named as in the completions API, and what the view derives from them: the stop list typed as
 * `。|！`, the CompletionParams handed to generate(), and the equivalent call shown as code.
 */
import { COMPLETION_LIMITS, type CompletionParams } from '../../models/gpt';
import { defineSpec, type ParamTable, type ParamValues } from '../params';

/** Prompts offered under the input (every character is in the mini GPT's vocabulary). */
export const EXAMPLE_PROMPTS = ['梯度下降', '注意力', '大模型', '神经网络的'] as const;

export const PARAMS = {
  prompt: { kind: 'text', label: '提示（prompt）', default: '梯度下降', maxLength: 200, examples: EXAMPLE_PROMPTS },
  max_tokens: { kind: 'int', label: '最多生成的字符数（max_tokens）', default: 40, min: 1, max: COMPLETION_LIMITS.maxTokens },
  temperature: { kind: 'number', label: '温度（temperature）', default: 0.7, min: 0, max: COMPLETION_LIMITS.temperature, step: 0.05 },
  top_p: { kind: 'number', label: '核采样阈值（top_p）', default: 0.9, min: 0.05, max: 1, step: 0.05 },
  n: { kind: 'int', label: '补全个数（n）', default: 1, min: 1, max: COMPLETION_LIMITS.n, input: 'select' },
  stop: { kind: 'text', label: '停止序列（stop）', default: '。', maxLength: 40, hint: '多个用 | 分隔，最多 4 个；\\n 表示换行；留空表示不设' },
  seed: { kind: 'int', label: '随机种子（seed）', default: 1, min: 0, max: 99999, input: 'seed' },
  attention: { kind: 'bool', label: '显示注意力', default: true },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Names besides the parameter keys that `?hide=` may name. */
export const CONTROLS = ['code', 'candidates'] as const;

/** Separates several stop sequences in the one text box. */
export const STOP_SEPARATOR = '|';

/**
 * The stop box as a list: `。|！` → ['。', '！']; `\n` stands for a line break; empty pieces are
 * dropped. More than COMPLETION_LIMITS.stops is an error (as in the API), not silently cut.
 */
export function parseStops(raw: string): { stops: string[]; error: string | null } {
  const stops = raw
    .split(STOP_SEPARATOR)
    .map((s) => s.replace(/\\n/g, '\n'))
    .filter((s) => s.length > 0);
  const error =
    stops.length > COMPLETION_LIMITS.stops
      ? `停止序列最多 ${COMPLETION_LIMITS.stops} 个（用 ${STOP_SEPARATOR} 分隔），现在有 ${stops.length} 个，请删去一些。`
      : null;
  return { stops, error };
}

/** The values as the parameters of generate()/complete() (null stop when the box is empty). */
export function completionParams(values: Values): CompletionParams {
  const { stops } = parseStops(values.stop);
  return {
    prompt: values.prompt,
    max_tokens: values.max_tokens,
    n: values.n,
    stop: stops.length > 0 ? stops : null,
    temperature: roundTo(values.temperature, 2),
    top_p: roundTo(values.top_p, 2),
    seed: values.seed,
  };
}

/** Sliders hand back values like 0.7000000000000001; the call and the model get 0.7. */
export const roundTo = (v: number, digits: number) => Number(v.toFixed(digits));

/** A string as a single-quoted TypeScript literal. */
export function tsString(s: string): string {
  const escaped = s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    // Bidi controls and other invisible format characters are written as escapes: they would
    // otherwise reorder the code around them (a prompt with U+202E shows as '梯度,'cba降下).
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `'${escaped}'`;
}

/** The call the demo makes, written as the chapter writes it (same names, same order). */
export function callCode(p: CompletionParams): string {
  const stops = p.stop == null ? null : Array.isArray(p.stop) ? p.stop : [p.stop];
  const lines = [
    `prompt: ${tsString(p.prompt)},`,
    `max_tokens: ${p.max_tokens},`,
    `n: ${p.n},`,
    `stop: ${stops ? `[${stops.map(tsString).join(', ')}]` : 'null'},`,
    `temperature: ${p.temperature},`,
    `top_p: ${p.top_p},`,
    `seed: ${p.seed},`,
  ];
  return `const response = await complete(miniGpt, {\n${lines.map((l) => `  ${l}`).join('\n')}\n});`;
}

/** How a token is drawn in the output and the tables: line breaks and spaces made visible. */
export function visibleToken(token: string): string {
  if (token === '\n') return '↵';
  if (token === ' ') return '␣';
  return token;
}

/** How a character is named in sentences and for screen readers: 「梯」, 换行, 空格 (the UI quotes with 「」). */
export function spokenToken(token: string): string {
  if (token === '\n') return '换行';
  if (token === ' ') return '空格';
  if (token === '\ufffd') return '未知字符';
  return `「${token}」`;
}

/** A probability as the tables show it: 4 decimals. */
export const formatProb = (p: number) => p.toFixed(4);

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });

/** What the training record says about the shipped weights (the fields the summary reads). */
export interface HeldOutRecord {
  finalHeldOutLoss: number;
  steps: number;
  shippedStep?: unknown;
}

/**
 * The shipped model's held-out loss in the reader's terms: nats per character, the perplexity e^loss
 * ("as unsure as a uniform choice among this many characters"), out of a vocabulary of `vocabSize`,
 * and which step was shipped (early stopping) if the record says.
 */
export function heldOutSummary(t: HeldOutRecord, vocabSize: number): string {
  const perplexity = Math.round(Math.exp(t.finalHeldOutLoss));
  const shipped = typeof t.shippedStep === 'number' ? t.shippedStep : null;
  const step =
    shipped === null ? '' : shipped === t.steps ? `发布的是最后一步（第 ${shipped} 步）的权重，它的留出损失也是训练中最低的。` : `发布的是留出损失最低的第 ${shipped} 步的权重（共训练 ${t.steps} 步）。`;
  return (
    `在没见过的留出文本上，这个模型预测下一个字的平均损失是 ${t.finalHeldOutLoss.toFixed(3)} nats，` +
    `困惑度 e^${t.finalHeldOutLoss.toFixed(2)} ≈ ${perplexity}：相当于每次在 ${perplexity} 个字里平均地猜一个（字表有 ${vocabSize} 个）。` +
    step
  );
}
