/**
 * The mini-GPT demo's record of one run: the token steps generate() yields, grouped into the n
 * completions; which tokens fall into a stop sequence (and so are not part of the returned text);
 * which step the reader has selected; and the notices about the prompt (unknown characters, longer
 * than the context, empty). Plain data, so the rules are unit-tested without a browser.
 */
import type { TokenStep } from '../../models/gpt';
import { fixed } from '../format';

export interface GenCompletion {
  steps: TokenStep[];
  /** The completion's text so far (a stop sequence cut off once found), as generate() reports it. */
  text: string;
  finish: 'stop' | 'length' | null;
}

/** A selected step: completion `choice`, token `index`. */
export interface StepRef {
  choice: number;
  index: number;
}

/** The run with one more step (a new array for the completion that changed, the others shared). */
export function addStep(completions: readonly GenCompletion[], step: TokenStep): GenCompletion[] {
  const out = [...completions];
  const current = out[step.choice] ?? { steps: [], text: '', finish: null };
  out[step.choice] = { steps: [...current.steps, step], text: step.text, finish: step.finish ?? null };
  return out;
}

export const tokenCount = (completions: readonly GenCompletion[]) => completions.reduce((s, c) => s + c.steps.length, 0);

/**
 * How many of a completion's tokens are in its returned text: every token is one character, so the
 * first Array.from(text).length; once a stop sequence is found, the tokens after it spelled it.
 */
export function keptTokens(c: GenCompletion): number {
  return Math.min(c.steps.length, Array.from(c.text).length);
}

/** The step to show: the selected one if it exists, else the newest of the run. */
export function shownStep(completions: readonly GenCompletion[], selected: StepRef | null): { ref: StepRef; step: TokenStep } | null {
  if (selected) {
    const step = completions[selected.choice]?.steps[selected.index];
    if (step) return { ref: selected, step };
  }
  for (let c = completions.length - 1; c >= 0; c--) {
    const steps = completions[c]?.steps ?? [];
    if (steps.length > 0) return { ref: { choice: c, index: steps.length - 1 }, step: steps[steps.length - 1] };
  }
  return null;
}

/** Notices about the prompt before it is sent: characters the vocabulary lacks, a window too short, an empty prompt. */
export function promptNotices(
  prompt: string,
  encoded: { ids: readonly number[]; unknown: readonly string[] },
  ctx: number,
  maxTokens: number,
): string[] {
  const notices: string[] = [];
  const { ids, unknown } = encoded;
  if (prompt.length === 0) notices.push('提示为空：模型将从一个换行（段落的开头）开始续写。');
  if (unknown.length > 0)
    notices.push(`提示中有 ${unknown.length} 个字符不在模型的词表里：${unknown.map((c) => `「${c}」`).join('')}。它们都将作为 [UNK]（未知字符）输入模型。`);
  if (ids.length + maxTokens > ctx)
    notices.push(`提示（${ids.length} 个字符）加上 max_tokens（${maxTokens}）超过了模型的上下文长度 ${ctx}：每一步模型只看最近的 ${ctx} 个字符。`);
  return notices;
}

/** A run as the status line sees it. */
export interface RunState {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  completions: readonly GenCompletion[];
  /** Milliseconds from the start to the last character. */
  elapsedMs: number;
}

/**
 * What the status line says (a live region, so it changes only when a run starts and ends): counts
 * in characters, the model's tokens; a rate as a whole number of characters a second.
 */
export function runSummary(run: RunState): string {
  const n = tokenCount(run.completions);
  if (run.status === 'running') return '正在生成…';
  if (run.status === 'stopped') return `已停止：生成了 ${n} 个字符。`;
  if (run.status !== 'done') return '';
  const rate = run.elapsedMs > 0 ? `，约每秒 ${Math.round((n * 1000) / run.elapsedMs)} 个` : '';
  return `完成：共生成 ${n} 个字符，用时 ${fixed(run.elapsedMs / 1000, 2)} 秒${rate}。`;
}
