'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { BackendName, BackendReport } from '@/lib/compute';
import { defaults, encode, initialState, normalizeValues } from '@/lib/demos/params';
import type { RegisteredDemo } from '@/lib/demos/registry';
import { SPECS } from '@/lib/demos/specs';
import { START_TIMEOUT_MS } from '@/lib/demos/timeouts';
import { parseQuery } from '@/lib/demos/url';
import { DemoContext, type DemoContextValue } from './DemoContext';
import { DemoErrorBoundary } from './ErrorBoundary';
import { BackendBadge } from './BackendBadge';
import { BACKEND_SHORT } from '@/lib/demos/backend-words';
import { ShareButtons } from './ShareButtons';
import { Notices, useNotices } from './Notices';
import { pageBackend, requestedBackend } from './backend';


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

/** Rejects after `ms` with a message naming what did not answer. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}在 ${ms / 1000} 秒内没有响应`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** The demo's starting state, read from the address once. */
function readAddress(info: RegisteredDemo, embedded: boolean) {
  const query = parseQuery(window.location.search);
  const state = initialState(SPECS[info.name], query.entries, info.name, info.aliases, embedded);
  const backend = requestedBackend(query.entries);
  return {
    ...state,
    requested: backend.requested,
    notices: [...state.notices, ...(backend.notice ? [backend.notice] : [])],
    forcedFailure: query.entries.some(([k, v]) => k === 'demo-fail' && v === info.name),
  };
}

/**
 * The frame every demo lives in. It owns what all demos share: the parameters (decoded from the
 * URL, normalised by the demo's spec, written back on change), which controls are hidden, the
 * compute backend (badge and switch), link and embed buttons, notices, an error boundary with
 * retry, and the measurement hooks data-widget, data-backend and data-steps on its root element.
 */
export function DemoShell({
  info,
  load,
  pageNotices = [],
  embedded = false,
}: {
  info: RegisteredDemo;
  load: () => Promise<{ default: ComponentType }>;
  pageNotices?: readonly string[];
  /** Alone on /embed/: the badge and share buttons are hidden unless ?show= asks for them. */
  embedded?: boolean;
}) {
  const spec = SPECS[info.name];
  // data-steps is written straight to the element: a demo reports every frame, and re-rendering
  // the shell (and the view) for a measurement hook would cost frames.
  const rootRef = useRef<HTMLDivElement>(null);
  const [start] = useState(() => readAddress(info, embedded));
  const [values, setValues] = useState<Record<string, unknown>>(start.values);
  const valuesRef = useRef(values);
  const [View, setView] = useState<ComponentType | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [report, setReport] = useState<BackendReport | null>(null);
  const { notices, notify } = useNotices([...pageNotices, ...start.notices]);

  const reportSteps = useCallback((steps: number) => {
    if (rootRef.current) rootRef.current.dataset.steps = String(steps);
  }, []);

  const set = useCallback(
    (patch: Partial<Record<string, unknown>>) => {
      const next = normalizeValues(spec, { ...valuesRef.current, ...patch } as Record<string, never>);
      valuesRef.current = next.values;
      setValues(next.values);
      next.notices.forEach(notify);
    },
    [spec, notify],
  );

  // The address always holds the current set-up, so "复制链接" copies what the reader sees.
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = encode(spec.params, values as never, info.name, search, info.aliases);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  }, [spec, info, values]);

  useEffect(() => {
    let cancelled = false;
    within(load(), START_TIMEOUT_MS, '演示代码的下载').then(
      (m) => !cancelled && setView(() => m.default),
      (e: Error) => !cancelled && setLoadError(`无法载入演示（${e.message}）。请检查网络后重试。`),
    );
    return () => {
      cancelled = true;
    };
  }, [load, attempt]);

  useEffect(() => {
    let cancelled = false;
    const manager = pageBackend(start.requested);
    const unsubscribe = manager.subscribe((event) => {
      setReport(event.report);
      if (event.type === 'lost') notify(`计算后端 ${BACKEND_SHORT[event.backend]} 失效（${event.reason}），已改用 ${BACKEND_SHORT[event.report.backend]}`);
      if (event.type === 'refused') notify(`计算后端 ${BACKEND_SHORT[event.backend]} 未通过检查（${event.reason}），已改用 ${BACKEND_SHORT[event.report.backend]}`);
    });
    within(manager.ready(), START_TIMEOUT_MS, '计算后端').then(
      (r) => !cancelled && setReport(r),
      (e: Error) => !cancelled && setLoadError(`没有可用的计算后端：${e.message}`),
    );
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [start, notify, attempt]);

  const chooseBackend = useCallback(
    (name: BackendName | null) => {
      writeBackendParam(name);
      pageBackend(name)
        .setBackend(name)
        .catch((e: Error) => notify(`无法切换后端：${e.message}`));
    },
    [notify],
  );

  const context = useMemo<DemoContextValue | null>(
    () => (report ? { info, spec, backend: report, requested: report.requested, values, set, hidden: start.hidden, reportSteps, notify } : null),
    [info, spec, report, values, set, start, reportSteps, notify],
  );

  // A state other than the defaults may be smaller than the reserved size: the figure then fits it (globals.css).
  const custom = useMemo(() => {
    const d = defaults(spec.params) as Record<string, unknown>;
    return Object.keys(d).some((k) => JSON.stringify(values[k]) !== JSON.stringify(d[k]));
  }, [spec, values]);

  const retry = () => {
    setLoadError(null);
    setAttempt((a) => a + 1);
  };

  return (
    <div ref={rootRef} className="demo-shell" data-widget={info.name} data-backend={report?.backend ?? ''} data-steps="0" data-custom={custom && View && report ? '' : undefined}>
      {start.hidden.has('backend') && start.hidden.has('share') ? null : (
        <div className="demo-toolbar">
          {start.hidden.has('backend') ? null : <BackendBadge report={report} onChoose={chooseBackend} />}
          {start.hidden.has('share') ? null : <ShareButtons info={info} />}
        </div>
      )}
      {loadError ? (
        <div className="demo-error" role="alert">
          <p>{loadError}</p>
          <button type="button" onClick={retry}>
            重试
          </button>
        </div>
      ) : // eslint-disable-next-line react-hooks/refs -- the context's reportSteps reads the ref only when a demo calls it, never during render
      View && context ? (
        <DemoContext.Provider value={context}>
          <DemoErrorBoundary key={attempt} onRetry={retry}>
            {/* A new backend means new tensors: the view starts afresh on it (its settings stay in the shell). */}
            {start.forcedFailure ? <ForcedFailure /> : <View key={context.backend.backend} />}
          </DemoErrorBoundary>
        </DemoContext.Provider>
      ) : (
        <p className="demo-loading" role="status">
          {View ? '正在选择计算后端…' : '正在载入演示…'}
        </p>
      )}
      <Notices notices={notices} />
    </div>
  );
}
