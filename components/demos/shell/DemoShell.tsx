'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { BackendManager, BackendName, BackendReport } from '@/lib/compute';
import type { DemoInfo } from '@/lib/demos/registry';
import { DemoContext, type DemoContextValue } from './DemoContext';
import { DemoErrorBoundary } from './ErrorBoundary';
import { BackendBadge } from './BackendBadge';
import { ShareButtons } from './ShareButtons';

/** Names an embed asked to hide: `?hide=lr,play` or `?<ns>.hide=…`. */
function hiddenFromUrl(ns: string): Set<string> {
  const params = new URLSearchParams(window.location.search);
  const raw = [params.get('hide'), params.get(`${ns}.hide`)].filter(Boolean).join(',');
  return new Set(raw.split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * `?demo-fail=<name>` makes that demo's view throw, to see (and test) that a failing demo shows a
 * message and a retry button while the chapter around it keeps working.
 */
function ForcedFailure(): never {
  throw new Error('按地址中的 demo-fail 参数模拟的故障');
}

/** Keeps ?backend= in the address in step with the reader's choice, so a copied link carries it. */
function writeBackendParam(name: BackendName | null) {
  const url = new URL(window.location.href);
  if (name) url.searchParams.set('backend', name);
  else url.searchParams.delete('backend');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The frame every demo lives in: title bar with the backend badge, link and embed buttons,
 * notices, an error boundary with retry, and the measurement hooks data-widget, data-backend and
 * data-steps on its root element.
 */
export function DemoShell({ info, load }: { info: DemoInfo; load: () => Promise<{ default: ComponentType }> }) {
  // data-steps is written straight to the element: a demo reports every frame, and re-rendering
  // the shell (and the view) for a measurement hook would cost frames.
  const rootRef = useRef<HTMLDivElement>(null);
  const managerRef = useRef<BackendManager | null>(null);
  const [View, setView] = useState<ComponentType | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [report, setReport] = useState<BackendReport | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [hidden] = useState(() => hiddenFromUrl(info.ns));
  const [forcedFailure] = useState(() => new URLSearchParams(window.location.search).get('demo-fail') === info.name);

  const notify = useCallback((message: string) => setNotices((n) => (n.includes(message) ? n : [...n, message].slice(-4))), []);
  const reportSteps = useCallback((steps: number) => {
    if (rootRef.current) rootRef.current.dataset.steps = String(steps);
  }, []);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (m) => !cancelled && setView(() => m.default),
      (e: Error) => !cancelled && setLoadError(`无法载入演示（${e.message}）。请检查网络后重试。`),
    );
    return () => {
      cancelled = true;
    };
  }, [load, attempt]);

  useEffect(() => {
    let unsubscribe = () => {};
    let cancelled = false;
    import('@/lib/compute').then(({ getBackendManager, browserPlatform }) => {
      if (cancelled) return;
      const manager = getBackendManager({ search: window.location.search, platform: browserPlatform(globalThis), wasmPath: '/tfjs/' });
      managerRef.current = manager;
      unsubscribe = manager.subscribe((event) => {
        setReport(event.report);
        if (event.type === 'lost') notify(`计算后端 ${event.backend} 失效（${event.reason}），已改用 ${event.report.label}`);
        if (event.type === 'refused') notify(`后端 ${event.backend} 未通过检查（${event.reason}），已改用 ${event.report.label}`);
      });
      manager.ready().then(
        (r) => !cancelled && setReport(r),
        (e: Error) => !cancelled && setLoadError(`没有可用的计算后端：${e.message}`),
      );
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [notify]);

  const chooseBackend = useCallback((name: BackendName | null) => {
    writeBackendParam(name);
    managerRef.current?.setBackend(name).catch((e: Error) => notify(`无法切换后端：${e.message}`));
  }, [notify]);

  const context = useMemo<DemoContextValue | null>(
    () => (report ? { info, backend: report, reportSteps, notify, hidden } : null),
    [info, report, reportSteps, notify, hidden],
  );

  return (
    <div ref={rootRef} className="demo-shell" data-widget={info.name} data-backend={report?.backend ?? ''} data-steps="0">
      <div className="demo-toolbar">
        {hidden.has('backend') ? null : <BackendBadge report={report} onChoose={chooseBackend} />}
        {hidden.has('share') ? null : <ShareButtons info={info} />}
      </div>
      {loadError ? (
        <div className="demo-error" role="alert">
          <p>{loadError}</p>
          <button type="button" onClick={() => (setLoadError(null), setAttempt((a) => a + 1))}>
            重试
          </button>
        </div>
      ) : // eslint-disable-next-line react-hooks/refs -- the context's reportSteps reads the ref only when a demo calls it, never during render
      View && context ? (
        <DemoContext.Provider value={context}>
          <DemoErrorBoundary key={attempt} onRetry={() => setAttempt((a) => a + 1)}>
            {/* A new backend means new tensors: the view starts afresh on it (its settings stay in the URL). */}
            {forcedFailure ? <ForcedFailure /> : <View key={context.backend.backend} />}
          </DemoErrorBoundary>
        </DemoContext.Provider>
      ) : (
        <p className="demo-loading" role="status">
          正在载入演示和计算后端…
        </p>
      )}
      {notices.length > 0 ? (
        <ul className="demo-notices" role="status">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
