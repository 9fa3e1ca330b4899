/**
 * The reader's own points as CSV, columns x,y,label (a header line is optional): parsed row by
 * row, a bad row reported with its line number and skipped, the good ones kept.
 */
import { fixed, MINUS } from '../format';
import { DOMAIN, type Problem, type TrainerPoint } from './problems';

export interface CsvError {
  /** 1-based line number in the pasted text. */
  line: number;
  message: string;
}

/** The most points a drawn set may hold (more would not be drawing any more). */
export const MAX_POINTS = 1000;

const HEADER = /^\s*x\s*,\s*y\s*,\s*label\s*$/i;

/** A number as typed: U+2212 reads as a minus, nothing else but the number itself. */
function number(cell: string): number | null {
  const s = cell.trim().replaceAll(MINUS, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

export function parsePointsCsv(text: string, problem: Problem): { points: TrainerPoint[]; errors: CsvError[] } {
  const points: TrainerPoint[] = [];
  const errors: CsvError[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || (points.length === 0 && errors.length === 0 && HEADER.test(raw))) return;
    const cells = raw.split(',');
    if (cells.length !== 3) return void errors.push({ line, message: `应有 3 列（x,y,label），这一行有 ${cells.length} 列` });
    const [x, y, label] = cells.map(number);
    for (const [name, v] of [['x', x], ['y', y]] as const) {
      if (v === null) return void errors.push({ line, message: `${name} 不是数：「${cells[name === 'x' ? 0 : 1].trim()}」` });
      if (Math.abs(v) > DOMAIN) return void errors.push({ line, message: `${name} = ${fixed(v, 2)} 超出了 ${MINUS}${DOMAIN} 到 ${DOMAIN}` });
    }
    if (label === null) return void errors.push({ line, message: `label 不是数：「${cells[2].trim()}」` });
    if (problem === 'classification' && label !== 1 && label !== -1) return void errors.push({ line, message: `分类的 label 应为 1 或 ${MINUS}1` });
    if (problem === 'regression' && Math.abs(label) > 1) return void errors.push({ line, message: `回归的 label 应在 ${MINUS}1 到 1 之间` });
    if (points.length >= MAX_POINTS) return void errors.push({ line, message: `最多 ${MAX_POINTS} 个点，其余未读入` });
    points.push({ x: x!, y: y!, label });
  });
  return { points, errors };
}

/** CSV text with a header; numbers in plain ASCII so any program reads them back. */
export function pointsToCsv(points: readonly TrainerPoint[]): string {
  const n = (v: number) => String(Number(v.toFixed(4)));
  return ['x,y,label', ...points.map((p) => `${n(p.x)},${n(p.y)},${n(p.label)}`)].join('\n') + '\n';
}
