/**
 * What the reader's code may not reach from its worker: the worker has no DOM already; these
 * globals are replaced by getters that throw a clear message, so no request leaves for another
 * origin and nothing touches the page's storage or cookies. Applied once the backend is ready
 * (the wasm backend fetches its binary first). Dynamic `import()` is a keyword, not a global: the
 * code is refused before it runs (`checkCode`).
 */
export const BLOCKED: Readonly<Record<string, string>> = {
  document: '网页的 document（DOM 与 cookie）',
  window: '网页的 window',
  localStorage: 'localStorage',
  sessionStorage: 'sessionStorage',
  cookieStore: 'cookie',
  indexedDB: 'indexedDB',
  caches: '缓存（caches）',
  fetch: '网络（fetch）',
  XMLHttpRequest: '网络（XMLHttpRequest）',
  WebSocket: '网络（WebSocket）',
  WebTransport: '网络（WebTransport）',
  EventSource: '网络（EventSource）',
  importScripts: '外部脚本（importScripts）',
  Worker: '新的线程（Worker）',
  SharedWorker: '新的线程（SharedWorker）',
  BroadcastChannel: '其他页面（BroadcastChannel）',
  FontFace: '外部字体（FontFace）',
  fonts: '外部字体',
  eval: 'eval',
  postMessage: '与网页通信的 postMessage',
  close: 'close',
  onmessage: 'onmessage',
};

export function blockedMessage(name: string): string {
  return `代码单元在独立的沙盒线程里运行，不能使用 ${BLOCKED[name] ?? name}`;
}

/**
 * A function constructor that still answers `instanceof` and `.constructor` (tfjs asks both) but
 * throws when called: code built from a string would escape checkCode.
 */
export function uncallable<T extends object>(target: T): T {
  const refuse = () => {
    throw new ReferenceError(blockedMessage('Function 构造器'));
  };
  return new Proxy(target, { apply: refuse, construct: refuse });
}

/** Locks the names and the ways of running code from a string. Irreversible: only in the worker. */
export function lockdown(scope: object): void {
  lockNames(scope);
  lockCodeFromStrings(scope);
}

/** Replaces each blocked name on the scope and on its prototypes with a getter that throws. */
export function lockNames(scope: object): void {
  for (const name of Object.keys(BLOCKED)) {
    const thrower = () => {
      throw new ReferenceError(blockedMessage(name));
    };
    const owners: object[] = [];
    for (let o: object | null = scope; o; o = Object.getPrototypeOf(o)) if (Object.prototype.hasOwnProperty.call(o, name)) owners.push(o);
    for (const o of owners.length ? owners : [scope]) {
      try {
        Object.defineProperty(o, name, { get: thrower, set: thrower, configurable: false });
      } catch {
        // A non-configurable property stays as it is (none of the above is one in browsers).
      }
    }
  }
}

/** No code from strings: the function constructors become uncallable, timers take functions only. */
function lockCodeFromStrings(scope: object): void {
  const s = scope as Record<string, unknown>;
  const protos = [function () {}, async function () {}, function* () {}].map((f) => Object.getPrototypeOf(f) as { constructor: object });
  for (const proto of protos) Object.defineProperty(proto, 'constructor', { value: uncallable(proto.constructor), writable: false, configurable: false });
  Object.defineProperty(scope, 'Function', { value: protos[0].constructor, writable: false, configurable: false });
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const real = s[timer] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof real !== 'function') continue;
    s[timer] = (handler: unknown, ...rest: unknown[]) => {
      if (typeof handler !== 'function') throw new TypeError(`${timer} 只接受函数，不接受代码字符串`);
      return real.call(scope, handler, ...rest);
    };
  }
}

/** A message when the code uses what the worker cannot block as a global (import()), else null. */
export function checkCode(code: string): string | null {
  if (/\bimport\b(?=\s*(\(|\.|\/[*/]))/.test(code)) return '代码单元不能用 import() 载入其他模块：可用的只有 tf、M、print、table 和 plot';
  return null;
}
