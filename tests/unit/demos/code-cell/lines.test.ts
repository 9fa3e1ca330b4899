/** The code cell's error lines: a stack frame of the cell maps to the line the reader sees. */
import { describe, expect, it } from 'vitest';
import { calibrate, cellLine, compile, SOURCE_NAME, stackLine } from '@/lib/demos/code-cell/lines';

async function failure(code: string): Promise<Error> {
  try {
    await compile(code)();
  } catch (e) {
    return e as Error;
  }
  throw new Error('the code did not throw');
}

describe('code cell line numbers', () => {
  it('reads the first frame that names the cell', () => {
    const stack = `Error: x\n    at f (http://localhost/_next/chunk.js:10:5)\n    at eval (${SOURCE_NAME}:7:3)\n    at eval (${SOURCE_NAME}:2:1)`;
    expect(stackLine(stack)).toBe(7);
    expect(stackLine('Error: x\n    at f (other.js:3:4)')).toBeNull();
    expect(stackLine(undefined)).toBeNull();
  });

  it('measures the lines before the body, then maps a throw on line k to k', async () => {
    const offset = await calibrate();
    expect(offset).toBeGreaterThan(0);
    for (const k of [1, 2, 5, 9]) {
      const code = [...Array.from({ length: k - 1 }, (_, i) => `const v${i} = ${i};`), 'null.boom;', 'const after = 1;'].join('\n');
      const e = await failure(code);
      expect(e).toBeInstanceOf(TypeError);
      expect(cellLine(e.stack, offset, code.split('\n').length)).toBe(k);
    }
  });

  it('maps an error thrown inside a helper the cell calls to the line of the call in the cell', async () => {
    const offset = await calibrate();
    const code = 'const f = () => {\n  throw new RangeError("inside");\n};\nf();';
    const e = await failure(code);
    expect(e.message).toBe('inside');
    expect(cellLine(e.stack, offset, 4)).toBe(2);
  });

  it('gives no line outside the cell', () => {
    expect(cellLine(`at eval (${SOURCE_NAME}:2:1)`, 3, 10)).toBeNull();
    expect(cellLine(`at eval (${SOURCE_NAME}:20:1)`, 3, 10)).toBeNull();
    expect(cellLine(`at eval (${SOURCE_NAME}:13:1)`, 3, 10)).toBe(10);
  });

  it('runs the body as an async function with tf, print, table, plot and M', async () => {
    const seen: unknown[] = [];
    await compile('print(await Promise.resolve(tf + M), typeof table, typeof plot);')(1, (...a: unknown[]) => seen.push(...a), () => 0, () => 0, 2);
    expect(seen).toEqual([3, 'function', 'function']);
  });

  it('throws a SyntaxError for code that does not parse', () => {
    expect(() => compile('let = ;')).toThrow(SyntaxError);
  });
});
