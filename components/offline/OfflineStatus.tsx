'use client';

import { useEffect, useRef, useState } from 'react';
import { Serwist } from '@serwist/window';
import { withBase } from '@/lib/paths';

/**
 * Registers the book's service worker (components/offline/service-worker.ts, docs/offline.md) and
 * says where the book stands, in the footer: being saved, saved for offline reading, or offline.
 * A new build is offered, never forced: its worker waits until the reader presses 更新, then the
 * page reloads once under it. Only in the exported book (`next dev` has no sw.js).
 */
type State = 'saving' | 'ready' | 'update' | null;

export function OfflineStatus() {
  const [state, setState] = useState<State>(null);
  const [online, setOnline] = useState(true);
  const [dismissed, setDismissed] = useState(false);
  const sw = useRef<Serwist | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const onLine = () => setOnline(navigator.onLine);
    onLine();
    window.addEventListener('online', onLine);
    window.addEventListener('offline', onLine);
    const worker = new Serwist(withBase('/sw.js'), { scope: withBase('/') });
    sw.current = worker;
    worker.addEventListener('waiting', () => setState('update'));
    // After 更新 only: the first install also takes control (clientsClaim) and must not reload.
    worker.addEventListener('controlling', () => {
      if (accepted.current) window.location.reload();
    });
    // register() waits for the window's load event, so the precache never competes with the page.
    worker.register().then(
      (registration) => {
        if (!registration) return;
        if (!registration.active) setState((s) => s ?? 'saving');
        void navigator.serviceWorker.ready.then(() => setState((s) => (s === 'update' ? s : 'ready')));
      },
      (error: unknown) => console.warn('离线阅读不可用：service worker 注册失败', error),
    );
    return () => {
      window.removeEventListener('online', onLine);
      window.removeEventListener('offline', onLine);
    };
  }, []);

  if (state === null) return null;
  return (
    <>
      <p className="offline-status" data-offline={state} data-online={online}>
        {!online ? '离线中：正在阅读保存在本机的版本。' : state === 'saving' ? '正在把本书保存到这台设备，以便离线阅读…' : '本书已保存在这台设备上，离线也能阅读。'}
      </p>
      {state === 'update' && !dismissed && (
        <div className="offline-update" role="status">
          <span>本书有新版本。</span>
          <button
            type="button"
            onClick={() => {
              accepted.current = true;
              sw.current?.messageSkipWaiting();
            }}
          >
            更新
          </button>
          <button type="button" onClick={() => setDismissed(true)}>
            以后再说
          </button>
        </div>
      )}
    </>
  );
}
