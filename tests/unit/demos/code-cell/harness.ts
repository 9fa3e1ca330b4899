/** Runs a cell's code in Node on the cpu backend, as the worker would, collecting what it prints. */
import { beforeAll } from 'vitest';
import * as M from '@/lib/compute/maths';
import { calibrate } from '@/lib/demos/code-cell/lines';
import type { OutItem } from '@/lib/demos/code-cell/protocol';
import { runCell } from '@/lib/demos/code-cell/run';
import { tf, useCpu } from '../../compute/setup';

let offset = 0;

/** Call at the top of a test file: the cpu backend, and the line offset of compiled cells. */
export function setUpCells() {
  beforeAll(async () => {
    await useCpu();
    offset = await calibrate();
  });
}

export async function runInNode(code: string) {
  const items: OutItem[] = [];
  const result = await runCell(code, { tf, M, offset, out: (i) => items.push(i) });
  return { items, result };
}
