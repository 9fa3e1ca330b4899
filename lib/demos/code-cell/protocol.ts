/**
 * The code cell's messages between the view and its Web Worker (components/demos/code-cell/
 * cell.worker.ts). A run is numbered so that the view drops what an older run sent.
 */
import type { InitMessage } from '../worker-host';

/** One thing the reader's code printed, in order. */
export type OutItem =
  | { kind: 'text'; text: string }
  | { kind: 'table'; shape: number[]; rows: string[][]; note: string | null }
  | { kind: 'plot'; series: { name: string; ys: number[] }[]; note: string | null };

export type ToWorker = InitMessage | { type: 'run'; run: number; code: string };

export type FromWorker =
  | { type: 'out'; run: number; item: OutItem }
  | { type: 'done'; run: number; ms: number }
  /** The code threw: the message, and the line of the cell it came from (null when unknown). */
  | { type: 'fail'; run: number; message: string; line: number | null; syntax: boolean };
