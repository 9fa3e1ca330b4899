import { modelsPath } from '@/lib/paths';
import { offlineFailure } from '@/lib/offline/policy.mjs';

/**
 * A JSON file of public/models/ for a demo, with one message in Chinese per way it can fail: no
 * network, offline and never downloaded (lib/offline/policy.mjs), an HTTP error (`hint` says how
 * the file is made), not JSON. `what` names the data for the reader (分词器的数据…).
 */
export async function fetchModelJson(file: string, what: string, hint = ''): Promise<unknown> {
  const url = modelsPath(file);
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(`无法下载 ${url}，请检查网络后重试`);
  }
  const offline = offlineFailure(res, what);
  if (offline) throw new Error(offline);
  if (!res.ok) throw new Error(`下载 ${url} 失败（HTTP ${res.status}）${hint}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${url} 不是合法的 JSON`);
  }
}

/**
 * One load per page, shared by every caller (the first call's arguments are the ones used); a
 * failure is forgotten, so that 重试 loads again.
 */
export function loadOnce<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let pending: Promise<T> | null = null;
  return (...args) => {
    if (!pending) {
      pending = load(...args);
      pending.catch(() => (pending = null));
    }
    return pending;
  };
}
