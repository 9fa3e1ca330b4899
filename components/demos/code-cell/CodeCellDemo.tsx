'use client';

import { useCallback, useRef } from 'react';
import type { EditorView } from '@codemirror/view';
import { capNotice, CODE_MAX, type spec } from '@/lib/demos/code-cell/params';
import { fixed } from '@/lib/demos/format';
import { Icon } from '../kit/icons';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { Editor, firstErrorLine } from './Editor';
import { Output } from './Output';
import { useCellWorker, type RunState } from './useCellWorker';
import './code-cell.css';

function Status({ state, errorLine }: { state: RunState; errorLine: number | null }) {
  switch (state.status) {
    case 'starting':
      return <>正在启动沙盒线程…</>;
    case 'idle':
      return <>就绪：改动代码后按「运行」（或 Ctrl/⌘ + Enter）。</>;
    case 'running':
      return <>正在运行…</>;
    case 'done':
      return <>运行完成，用时 {fixed(state.ms, 0)} 毫秒。</>;
    case 'stopped':
      return <>{state.message}</>;
    case 'failed':
      return (
        <span className="cc-error">
          {errorLine !== null ? `第 ${errorLine} 行${state.syntax ? '附近' : ''}出错：` : '出错：'}
          {state.message}
        </span>
      );
  }
}

/**
 * Code the reader edits and runs (chapter 8): CodeMirror on the left, 运行 / 停止 / 重置, and the
 * output of print, table and plot below. The code runs in a sandboxed worker (cell.worker.ts) on
 * the page's backend; the code itself is URL state, so 复制链接 carries the reader's edit.
 */
export default function CodeCellDemo() {
  const { values, set, hidden, requested, notify, reportSteps, spec: cell } = useDemo<typeof spec>();
  // The code this cell starts with: chapter 8's, or a chapter's own (lib/demos/code-cell/params.ts, cellSpec).
  const original = String(cell.params.code.default);
  const { items, state, run, stop, ready } = useCellWorker(requested, values.limit);
  const viewRef = useRef<EditorView | null>(null);
  const runs = useRef(0);

  const start = useCallback(() => {
    run(viewRef.current?.state.doc.toString() ?? values.code);
    reportSteps(++runs.current);
  }, [run, values.code, reportSteps]);
  const onChange = useCallback((code: string) => set({ code }), [set]);
  const onCap = useCallback(() => notify(capNotice), [notify]);

  const running = state.status === 'running';
  const errorLine =
    state.status === 'failed' ? (state.line ?? (state.syntax ? firstErrorLine(values.code) : null)) : null;
  const edited = values.code !== original;

  return (
    <DemoStage className="cc-stage">
      <DemoVisual className="cc-visual">
        <Editor value={values.code} onChange={onChange} onRun={start} onCap={onCap} max={CODE_MAX} viewRef={viewRef} label="可编辑的 JavaScript 代码（Esc 之后按 Tab 离开编辑器）" />
      </DemoVisual>
      <RunBar>
        <button type="button" data-demo-run="" onClick={start} disabled={!ready || running}>
          <Icon name="play" /> 运行
        </button>
        {hidden.has('stop') ? null : (
          <button type="button" onClick={() => stop('已按「停止」终止运行，沙盒线程已重新启动。')} disabled={!running}>
            <Icon name="stop" /> 停止
          </button>
        )}
        {hidden.has('reset') ? null : (
          <button type="button" onClick={() => set({ code: original })} disabled={!edited}>
            <Icon name="reset" /> 重置
          </button>
        )}
      </RunBar>
      <DemoSide>
        <p className="cc-status" role="status" data-run-status={state.status}>
          <Status state={state} errorLine={errorLine} />
        </p>
        <p className="cc-hint">
          可用：<code>tf</code>（TensorFlow.js）、<code>M</code>（本书的数学函数）、<code>print(…)</code>、<code>table(张量)</code>、<code>plot(数列)</code>。
          代码在与网页隔离的线程里运行，最多 {CODE_MAX} 个字符。
        </p>
        <MoreParams>
          <ParamControl name="limit" />
        </MoreParams>
      </DemoSide>
      {hidden.has('output') ? null : (
        <section className="cc-output" aria-label="运行输出" aria-live="polite" data-cell-output="">
          {items.length ? <Output items={items} /> : <p className="cc-empty">输出会显示在这里。</p>}
        </section>
      )}
    </DemoStage>
  );
}
