/**
 * Yielding to the event loop between pieces of long work, one implementation for the page and the
 * workers. Awaiting a tensor's data() is not enough: on wasm it resolves at once (a microtask), so a
 * loop of them would run as one long task.
 *
 * Not scheduler.yield(): its continuation runs ahead of the tasks already queued. Measured in
 * Chromium 156 with the trainer's worker on wasm and cpu: with scheduler.yield between training
 * slices the worker never handled the page's 'frame' requests, so the page saw no epoch at all (on
 * webgl the GPU read-back happened to let them in). A MessageChannel task queues behind them.
 */

let channel: { port: MessagePort; waiting: (() => void)[] } | null = null;

/**
 * Resolves in a fresh task, queued behind the tasks already waiting (React's render task, queued
 * messages). A MessageChannel message is not clamped to 4 ms as nested setTimeouts are.
 */
export function nextTask(): Promise<void> {
  if (!channel) {
    const { port1, port2 } = new MessageChannel();
    const waiting: (() => void)[] = [];
    port1.onmessage = () => waiting.shift()?.();
    channel = { port: port2, waiting };
  }
  const c = channel;
  return new Promise<void>((resolve) => {
    c.waiting.push(resolve);
    c.port.postMessage(null);
  });
}
