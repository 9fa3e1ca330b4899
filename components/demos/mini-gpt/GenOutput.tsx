'use client';

import { memo, useRef, type KeyboardEvent } from 'react';
import { keptTokens, type GenCompletion, type StepRef } from '@/lib/demos/mini-gpt/run';
import { spokenToken, visibleToken } from '@/lib/demos/mini-gpt/params';
import s from './gen.module.css';

const FINISH_TEXT = {
  stop: '遇到停止序列而停止，停止序列不计入返回的文本',
  length: '达到 max_tokens 而截断',
} as const;

interface CompletionProps {
  completion: GenCompletion;
  choice: number;
  prompt: string;
  /** The token index selected in this completion, if the selection is here. */
  selected: number | null;
  running: boolean;
  onSelect: (ref: StepRef) => void;
}

/**
 * One completion: the prompt, then each generated character as a button (roving tabindex: Tab
 * enters at the selected one, arrow keys and Home/End move, focusing selects that step), and its
 * finish_reason. The text returned by the API is in data-text, the reason in data-finish.
 */
const CompletionView = memo(function CompletionView({ completion, choice, prompt, selected, running, onSelect }: CompletionProps) {
  const listRef = useRef<HTMLSpanElement>(null);
  const n = completion.steps.length;
  const kept = keptTokens(completion);
  const active = selected ?? n - 1;

  const move = (to: number) => {
    const i = Math.min(n - 1, Math.max(0, to));
    listRef.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to = { ArrowLeft: active - 1, ArrowRight: active + 1, ArrowUp: active - 1, ArrowDown: active + 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };

  return (
    <li className={s.completion} data-completion={choice} data-text={completion.text} data-finish={completion.finish ?? ''}>
      <div className={s.completionHead}>
        <span>补全 {choice + 1}</span>
        <span className={s.finish}>
          {completion.finish ? (
            <>
              finish_reason: <code>&quot;{completion.finish}&quot;</code>（{FINISH_TEXT[completion.finish]}）
            </>
          ) : running ? (
            '生成中…'
          ) : (
            '已停止'
          )}
        </span>
      </div>
      <p className={s.text}>
        <span className={s.promptText}>{prompt}</span>
        <span ref={listRef} role="group" aria-label={`补全 ${choice + 1} 生成的字符（按方向键逐个查看）`} onKeyDown={onKeyDown}>
          {completion.steps.map((step, i) => {
            const inStop = i >= kept;
            return (
              <button
                key={i}
                type="button"
                data-index={i}
                tabIndex={i === active ? 0 : -1}
                aria-pressed={i === selected}
                aria-label={`第 ${i + 1} 个：${spokenToken(step.token)}${inStop ? '（属于停止序列，不计入返回的文本）' : ''}`}
                className={`${s.token} ${inStop ? s.stopToken : ''}`}
                onClick={() => onSelect({ choice, index: i })}
                onFocus={() => onSelect({ choice, index: i })}
              >
                {visibleToken(step.token)}
              </button>
            );
          })}
        </span>
      </p>
    </li>
  );
});

/**
 * The output before the first run: the prompt where the completion will grow, and what 生成 does.
 * The one place the demo says that its model's tokens are characters (the API's names stay).
 */
export function IdleOutput({ prompt }: { prompt: string }) {
  return (
    <div className={s.idle} data-idle="">
      <p className={s.text}>
        <span className={s.promptText}>{prompt}</span>
        <span className={s.caret} aria-hidden="true" />
      </p>
      <p className={s.help}>按「生成」，模型接着提示一个字符一个字符地续写。这个模型的词元就是单个字符，所以这里一律说「字符」；点击生成的字符可以看它的候选和注意力。</p>
    </div>
  );
}

/** Every completion of the run, each with its own characters and finish_reason. */
export function GenOutput({
  completions,
  prompt,
  selected,
  running,
  onSelect,
}: {
  completions: readonly GenCompletion[];
  prompt: string;
  selected: StepRef | null;
  running: boolean;
  onSelect: (ref: StepRef) => void;
}) {
  return (
    <ol className={s.completions} aria-label="补全结果（choices）">
      {completions.map((c, i) => (
        <CompletionView
          key={i}
          completion={c}
          choice={i}
          prompt={prompt}
          selected={selected?.choice === i ? selected.index : null}
          running={running && i === completions.length - 1}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
