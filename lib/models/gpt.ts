/**
 * The mini GPT at work: next-token logits, and text completion with the parameters of the
 * completions API (prompt, max_tokens, n, stop, temperature, top_p), token by token so a page can
 * show each one as it comes, or all at once with complete().
 */
import * as tf from '@tensorflow/tfjs-core';
import { createRng } from '../compute/random';
import type { TransformerConfig } from './config';
import { chooseToken, softmaxT, topK } from './sampling';
import { forward, lmLogits, type Params } from './transformer';
import { SPECIALS, type Vocab } from './vocab';

export interface LanguageModel {
  params: Params;
  config: TransformerConfig;
  vocab: Vocab;
}

export interface NextToken {
  /** Logits of the next token [V]. */
  logits: Float32Array;
  /** With attention: [layer][head] → weights of the newest position over the window (length = window). */
  attention?: Float32Array[][];
  /** The ids actually used: the last `ctx` of the input (the context window). */
  windowIds: number[];
}

/** One forward pass over (the last ctx tokens of) ids; reads back only the last position. */
export async function nextToken(model: LanguageModel, ids: readonly number[], withAttention = false): Promise<NextToken> {
  const { params, config } = model;
  if (!config.causal) throw new Error('next-token prediction needs a causal (GPT) model');
  if (ids.length === 0) throw new Error('at least one token is needed');
  const windowIds = ids.slice(-config.ctx) as number[];
  const T = windowIds.length;
  const H = config.nHeads;
  const kept: tf.Tensor[] = [];
  const outs = tf.tidy(() => {
    const { hidden, attention } = forward(params, config, tf.tensor2d([windowIds], [1, T], 'int32'), { attention: withAttention });
    kept.push(...attention);
    const last = tf.reshape(tf.slice(hidden, [0, T - 1, 0], [1, 1, config.dModel]), [1, config.dModel]) as tf.Tensor2D;
    const rows = attention.map((a) => tf.reshape(tf.slice(a, [0, 0, T - 1, 0], [1, H, 1, T]), [H * T]));
    return [lmLogits(params, config, last), ...rows];
  });
  tf.dispose(kept);
  try {
    const data = await Promise.all(outs.map((t) => t.data<'float32'>()));
    const [logits, ...rows] = data;
    const attention = withAttention ? rows.map((r) => Array.from({ length: H }, (_, h) => r.slice(h * T, (h + 1) * T))) : undefined;
    return { logits, attention, windowIds };
  } finally {
    tf.dispose(outs);
  }
}

export interface CompletionParams {
  prompt: string;
  /** Most tokens to generate per choice. */
  max_tokens: number;
  /** How many independent completions. */
  n: number;
  /** Up to 4 strings; generation stops before the first occurrence (which is not returned). */
  stop: string | string[] | null;
  /** 0 = greedy; higher = more random. */
  temperature: number;
  /** Nucleus sampling: keep the smallest top set with probability ≥ top_p. */
  top_p: number;
  /** Not in the OpenAI API: the same seed gives the same completions. */
  seed?: number;
}

export const COMPLETION_LIMITS = { maxTokens: 256, n: 5, temperature: 2, stops: 4 } as const;

export interface Candidate {
  token: string;
  id: number;
  p: number;
}

export interface TokenStep {
  /** Which completion (0…n−1). */
  choice: number;
  /** Index of this token within its completion. */
  index: number;
  id: number;
  token: string;
  /** The completion so far (with a stop sequence cut off once found). */
  text: string;
  /** The model's own top 5 (softmax of the logits, temperature 1). */
  top: Candidate[];
  /** The top 5 of the distribution actually sampled from (after temperature and top_p). */
  sampled: Candidate[];
  /** How many tokens top_p kept. */
  kept: number;
  /** Set on the last token of a completion. */
  finish?: 'stop' | 'length';
  /** With options.attention: [layer][head] → newest token's weights over `context`. */
  attention?: Float32Array[][];
  /** The tokens the model saw for this step (the window), as text pieces. */
  context: string[];
}

export interface Choice {
  index: number;
  text: string;
  finish_reason: 'stop' | 'length';
}

export interface CompletionResponse {
  object: 'text_completion';
  model: string;
  choices: Choice[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  /** Characters of the prompt the vocabulary does not have (each became [UNK]). */
  unknown: string[];
}

/** Checks the parameters; throws a message naming the first bad one. Returns the stops as a list. */
export function checkCompletionParams(p: CompletionParams): string[] {
  if (typeof p.prompt !== 'string') throw new Error('prompt 必须是字符串');
  if (!Number.isInteger(p.max_tokens) || p.max_tokens < 1 || p.max_tokens > COMPLETION_LIMITS.maxTokens)
    throw new Error(`max_tokens 必须是 1 到 ${COMPLETION_LIMITS.maxTokens} 之间的整数（收到 ${p.max_tokens}）`);
  if (!Number.isInteger(p.n) || p.n < 1 || p.n > COMPLETION_LIMITS.n) throw new Error(`n 必须是 1 到 ${COMPLETION_LIMITS.n} 之间的整数（收到 ${p.n}）`);
  if (!(p.temperature >= 0 && p.temperature <= COMPLETION_LIMITS.temperature))
    throw new Error(`temperature 必须在 0 到 ${COMPLETION_LIMITS.temperature} 之间（收到 ${p.temperature}）`);
  if (!(p.top_p > 0 && p.top_p <= 1)) throw new Error(`top_p 必须大于 0 且不超过 1（收到 ${p.top_p}）`);
  const stops = p.stop == null ? [] : Array.isArray(p.stop) ? p.stop : [p.stop];
  if (stops.length > COMPLETION_LIMITS.stops) throw new Error(`stop 最多 ${COMPLETION_LIMITS.stops} 个（收到 ${stops.length} 个）`);
  if (stops.some((s) => typeof s !== 'string' || s.length === 0)) throw new Error('stop 中的每一项都必须是非空字符串');
  return stops;
}

/** The prompt's ids; an empty prompt starts from a line break (how paragraphs begin in the corpus). */
export function promptIds(vocab: Vocab, prompt: string): { ids: number[]; unknown: string[] } {
  const { ids, unknown } = vocab.encode(prompt.length > 0 ? prompt : '\n');
  return { ids, unknown };
}

const BANNED = SPECIALS.map((_, i) => i);

const toCandidates = (vocab: Vocab, probs: ArrayLike<number>): Candidate[] =>
  topK(probs, 5).map(({ id, p }) => ({ id, p, token: vocab.tokenText(id) }));

/**
 * Completions one token at a time. Choice i draws from its own generator seeded with seed + i, so
 * a given seed always gives the same n completions, and choice 0 does not depend on n.
 * On wasm and cpu, `data()` resolves at once, so this loop never gives the browser a turn by itself:
 * a page should yield between tokens (components/demos/mini-gpt/useGeneration.ts does).
 */
export async function* generate(
  model: LanguageModel,
  params: CompletionParams,
  options: { attention?: boolean; signal?: AbortSignal } = {},
): AsyncGenerator<TokenStep, CompletionResponse> {
  const stops = checkCompletionParams(params);
  const { vocab } = model;
  const { ids: prompt, unknown } = promptIds(vocab, params.prompt);
  const seed = params.seed ?? Date.now() >>> 0;
  const choices: Choice[] = [];
  let completionTokens = 0;
  for (let c = 0; c < params.n; c++) {
    const rng = createRng((seed + c) >>> 0);
    const ids = [...prompt];
    const generated: number[] = [];
    let text = '';
    let finish: 'stop' | 'length' | undefined;
    for (let i = 0; i < params.max_tokens && !finish; i++) {
      if (options.signal?.aborted) throw new DOMException('generation stopped', 'AbortError');
      const next = await nextToken(model, ids, options.attention);
      const choice = chooseToken(next.logits, { temperature: params.temperature, topP: params.top_p, banned: BANNED }, rng);
      ids.push(choice.id);
      generated.push(choice.id);
      completionTokens++;
      text = vocab.decode(generated);
      const cut = stops.map((s) => text.indexOf(s)).filter((at) => at >= 0);
      if (cut.length > 0) {
        text = text.slice(0, Math.min(...cut));
        finish = 'stop';
      } else if (i === params.max_tokens - 1) finish = 'length';
      yield {
        choice: c,
        index: i,
        id: choice.id,
        token: vocab.tokenText(choice.id),
        text,
        top: toCandidates(vocab, softmaxT(next.logits, 1, BANNED)),
        sampled: toCandidates(vocab, choice.probs),
        kept: choice.kept,
        finish,
        attention: next.attention,
        context: next.windowIds.map((id) => vocab.tokenText(id)),
      };
    }
    choices.push({ index: c, text, finish_reason: finish ?? 'length' });
  }
  return {
    object: 'text_completion',
    model: 'mini-gpt',
    choices,
    usage: { prompt_tokens: prompt.length, completion_tokens: completionTokens, total_tokens: prompt.length + completionTokens },
    unknown,
  };
}

/** The whole response at once, like client.completions.create(...). */
export async function complete(model: LanguageModel, params: CompletionParams): Promise<CompletionResponse> {
  const it = generate(model, params);
  for (;;) {
    const r = await it.next();
    if (r.done) return r.value;
  }
}
