'use client';

import type { ModelState } from './useModel';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * What a model demo shows until its model is ready: a progress bar over the weights download, or the
 * load error (which names the problem) with a retry button. Renders nothing once ready.
 */
export function ModelStatus({ state, name }: { state: ModelState; name: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'error') {
    return (
      <div role="alert" className="model-error" data-model-error="">
        <p>
          <strong>{name}无法加载。</strong>
          {state.error?.message}
        </p>
        <button type="button" onClick={state.retry}>
          重试
        </button>
      </div>
    );
  }
  const p = state.progress;
  return (
    <div className="model-loading" data-model-loading="">
      <label>
        正在下载{name}的权重{p ? `：${kb(p.loaded)} / ${kb(p.total)}` : '……'}
        <progress max={p?.total ?? undefined} value={p?.loaded ?? undefined} />
      </label>
    </div>
  );
}
