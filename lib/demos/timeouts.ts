/**
 * How long the demos wait before they offer 重试 (or fall back), in one place; the fault suite
 * (tests/e2e/faults.spec.ts) reads them too.
 */

/** A download (weights, corpus) that receives nothing for this long is given up. */
export const STALL_TIMEOUT_MS = 20_000;

/** The view's code or the backend not ready after this long: the shell shows 重试. */
export const START_TIMEOUT_MS = 30_000;
