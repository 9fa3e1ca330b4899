/**
 * Runs the reader's code as the body of an async function, and maps an error's stack back to the
 * line of the cell. The function gets a source name (`//# sourceURL=`), so its frames read
 * `code-cell.js:LINE:COL`; how many lines the engine puts before the body (V8: two, plus our
 * "use strict") is measured once by `calibrate`, not assumed.
 */

/** The name the cell's frames carry in a stack trace. */
export const SOURCE_NAME = 'code-cell.js';

/** What the cell's code sees, in this order. */
export const CELL_ARGS = ['tf', 'print', 'table', 'plot', 'M'] as const;

export type CellFunction = (...args: unknown[]) => Promise<unknown>;

type FunctionMaker = new (...args: string[]) => CellFunction;

/** The async function whose body is `code` (throws SyntaxError as the engine does). */
export function compile(code: string, Maker: FunctionMaker = Object.getPrototypeOf(async function () {}).constructor): CellFunction {
  return new Maker(...CELL_ARGS, `"use strict";\n${code}\n//# sourceURL=${SOURCE_NAME}`);
}

/** The line (1-based, as the engine counts) of the first frame of the cell in `stack`, or null. */
export function stackLine(stack: string | undefined, name = SOURCE_NAME): number | null {
  if (!stack) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return m ? Number(m[1]) : null;
}

/** How many lines the engine reports before the cell's first line (measured with a known throw). */
export async function calibrate(Maker?: FunctionMaker): Promise<number> {
  try {
    await compile('throw new Error("calibrate");', Maker)();
  } catch (e) {
    const line = stackLine((e as Error).stack);
    if (line !== null) return line - 1;
  }
  return 0;
}

/** The cell's line for an error, or null when its stack names no line of the cell. */
export function cellLine(stack: string | undefined, offset: number, lineCount: number): number | null {
  const raw = stackLine(stack);
  if (raw === null) return null;
  const line = raw - offset;
  return line >= 1 && line <= lineCount ? line : null;
}
