/**
 * Yielding to the event loop between pieces of long work, one implementation for the page and the
 * workers. Awaiting a tensor's data() is not enough: on wasm it resolves at once (a microtask), so a
 * loop of them would run as one long task.
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

type Scheduler = { yield?: () => Promise<void> };

/**
 * scheduler.yield() where the runtime has it (the continuation keeps its priority), else nextTask().
 * For workers; on the page use nextTask, which lets React's queued render run first.
 */
export function yieldToScheduler(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}
