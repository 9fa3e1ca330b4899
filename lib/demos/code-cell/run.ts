/**
 * One run of a cell: refuse what the sandbox cannot block, compile, call with tf / print / table /
 * plot / M, free every tensor the run made, and turn a failure into a message with the cell's line.
 * The worker (components/demos/code-cell/cell.worker.ts) calls this; so do the unit tests.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
// The chained API (x.mul(w).add(b)) that tfjs's tutorials use; only the cell's worker loads this.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { cellLine, compile, type CellFunction } from './lines';
import { plotItem, printItem, tableItem } from './output';
import type { OutItem } from './protocol';
import { checkCode } from './sandbox';

export type RunResult = { ok: true; ms: number } | { ok: false; message: string; line: number | null; syntax: boolean };

export interface RunContext {
  tf: typeof TfCore;
  M: object;
  out: (item: OutItem) => void;
  /** Lines the engine puts before the body (lines.ts calibrate). */
  offset: number;
  /** The AsyncFunction constructor, captured before the sandbox hid it. */
  Maker?: new (...args: string[]) => CellFunction;
}

export async function runCell(code: string, { tf, M, out, offset, Maker }: RunContext): Promise<RunResult> {
  const started = performance.now();
  const refused = checkCode(code);
  if (refused) return { ok: false, message: refused, line: null, syntax: false };
  let fn: CellFunction;
  try {
    fn = compile(code, Maker);
  } catch (e) {
    return { ok: false, message: `${(e as Error).name ?? 'SyntaxError'}: ${(e as Error).message ?? e}`, line: null, syntax: true };
  }
  const print = (...args: unknown[]) => out(printItem(args));
  const table = (v: unknown) => out(tableItem(v));
  const plot = (v: unknown) => out(plotItem(v));
  // The cell's frame can lie deep below tfjs's own (V8 keeps 10 frames by default).
  const limits = Error as { stackTraceLimit?: number };
  if ((limits.stackTraceLimit ?? 0) < 100) limits.stackTraceLimit = 100;
  tf.engine().startScope();
  try {
    await fn(tf, print, table, plot, M);
    return { ok: true, ms: performance.now() - started };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, message: `${err.name}: ${err.message}`, line: cellLine(err.stack, offset, code.split('\n').length), syntax: false };
  } finally {
    tf.engine().endScope();
  }
}
