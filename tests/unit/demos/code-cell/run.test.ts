/** A cell's run in Node (cpu backend): the chapter's code gives the hand-computed numbers, errors name their line. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE } from '@/lib/demos/code-cell/presets';
import { tf } from '../../compute/setup';
import { runInNode as run, setUpCells } from './harness';

setUpCells();

/** The same 51 steps in plain numbers: loss after each of the 50 later steps, and the final w, b. */
function reference() {
  const x = [1, 2, 3, 4];
  const y = [3, 5, 7, 9];
  let w = 0;
  let b = 0;
  const loss = () => x.reduce((s, xi, i) => s + (w * xi + b - y[i]) ** 2, 0) / 4;
  const step = () => {
    const dw = x.reduce((s, xi, i) => s + 2 * (w * xi + b - y[i]) * xi, 0) / 4;
    const db = x.reduce((s, xi, i) => s + 2 * (w * xi + b - y[i]), 0) / 4;
    w -= 0.05 * dw;
    b -= 0.05 * db;
  };
  const first = { loss: loss(), w: 0, b: 0 };
  step();
  Object.assign(first, { w, b });
  const history: number[] = [];
  for (let i = 0; i < 50; i++) {
    step();
    history.push(loss());
  }
  return { first, history, w, b, x, y };
}

describe('code cell run', () => {
  it('runs the chapter 8 cell: loss 41, gradients −35 and −12, then w = 1.75, b = 0.6, and frees its tensors', async () => {
    const before = tf.memory().numTensors;
    const { items, result } = await run(DEFAULT_CODE);
    expect(result).toMatchObject({ ok: true });
    expect(tf.memory().numTensors).toBe(before);
    const ref = reference();
    expect(ref.first).toEqual({ loss: 41, w: 1.75, b: expect.closeTo(0.6, 12) });
    const [first, second, plot, table] = items;
    expect(first).toEqual({ kind: 'text', text: '损失 41 梯度 dL/dw −35 dL/db −12' });
    expect(second.kind === 'text' && second.text).toMatch(/^一步之后 w = 1\.75 b = 0\.6 损失 /);
    expect(plot.kind).toBe('plot');
    if (plot.kind !== 'plot') return;
    expect(plot.series[0].ys).toHaveLength(50);
    plot.series[0].ys.forEach((v, i) => expect(v).toBeCloseTo(ref.history[i], 3));
    expect(table).toMatchObject({ kind: 'table', shape: [3, 4] });
    if (table.kind !== 'table') return;
    expect(table.rows[0]).toEqual(['1', '2', '3', '4']);
    expect(table.rows[2]).toEqual(['3', '5', '7', '9']);
    table.rows[1].forEach((s, i) => expect(Number(s.replace('\u2212', '-'))).toBeCloseTo(ref.w * ref.x[i] + ref.b, 2));
  });

  it('reports a runtime error with its line in the cell, after what was printed before it', async () => {
    const { items, result } = await run('print("一");\nconst t = tf.tensor1d([1, 2]);\nt.matMul(t);\nprint("二");');
    expect(items).toEqual([{ kind: 'text', text: '一' }]);
    expect(result).toMatchObject({ ok: false, line: 3, syntax: false });
  });

  it('reports a ReferenceError on line 2 and a SyntaxError without a line', async () => {
    expect((await run('const a = 1;\nprint(b);')).result).toMatchObject({ ok: false, message: 'ReferenceError: b is not defined', line: 2 });
    expect((await run('const = 3;')).result).toMatchObject({ ok: false, line: null, syntax: true });
  });

  it('refuses import() before running anything', async () => {
    const { items, result } = await run('print(1);\nawait import("https://example.com/x.js");');
    expect(items).toEqual([]);
    expect(result).toMatchObject({ ok: false, line: null });
    if (!result.ok) expect(result.message).toContain('import()');
  });

  it('frees the tensors of a run that failed', async () => {
    const before = tf.memory().numTensors;
    await run('tf.ones([3]);\nthrow new Error("x");');
    expect(tf.memory().numTensors).toBe(before);
  });
});
