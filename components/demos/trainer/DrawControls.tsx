'use client';

import { useState } from 'react';
import { fixed } from '@/lib/demos/format';
import { parsePointsCsv, pointsToCsv, type CsvError } from '@/lib/demos/trainer/csv';
import type { Problem, TrainerPoint } from '@/lib/demos/trainer/problems';
import styles from './Trainer.module.css';

export type DrawTool = 'add' | 'erase';

export interface DrawState {
  tool: DrawTool;
  /** The label a click adds: ±1 (classification) or a value in [−1, 1] (regression). */
  label: number;
}

interface Props {
  problem: Problem;
  points: readonly TrainerPoint[];
  setPoints: (p: TrainerPoint[]) => void;
  draw: DrawState;
  setDraw: (d: DrawState) => void;
}

/** The reader's own points: what a click on the plot does, clear, CSV out and in. */
export function DrawControls({ problem, points, setPoints, draw, setDraw }: Props) {
  const [text, setText] = useState('');
  const [report, setReport] = useState<{ count: number; errors: CsvError[] } | null>(null);
  const download = () => {
    const url = URL.createObjectURL(new Blob([pointsToCsv(points)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = problem === 'regression' ? 'trainer-regression-points.csv' : 'trainer-points.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const load = () => {
    const { points: read, errors } = parsePointsCsv(text, problem);
    setReport({ count: read.length, errors });
    if (read.length > 0 || errors.length === 0) setPoints(read);
  };
  const choices: { value: string; label: string; tool: DrawTool; label0?: number }[] =
    problem === 'classification'
      ? [
          { value: 'pos', label: '添加蓝点（+1 类）', tool: 'add', label0: 1 },
          { value: 'neg', label: '添加橙点（−1 类）', tool: 'add', label0: -1 },
          { value: 'erase', label: '擦除', tool: 'erase' },
        ]
      : [
          { value: 'add', label: '添加点', tool: 'add' },
          { value: 'erase', label: '擦除', tool: 'erase' },
        ];
  const current = draw.tool === 'erase' ? 'erase' : problem === 'regression' ? 'add' : draw.label > 0 ? 'pos' : 'neg';
  return (
    <fieldset className={styles.draw} data-testid="nn-draw">
      <legend>自己画数据</legend>
      <div className={styles.row} role="radiogroup" aria-label="在图上点击时">
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name="nn-draw-tool"
              checked={current === c.value}
              onChange={() => setDraw({ tool: c.tool, label: c.label0 ?? (problem === 'regression' ? (draw.label === -1 || draw.label === 1 ? 0.5 : draw.label) : draw.label) })}
            />
            {c.label}
          </label>
        ))}
      </div>
      {problem === 'regression' ? (
        <label className={styles.value}>
          新点的值 <output>{fixed(draw.label, 1)}</output>
          <input type="range" min={-1} max={1} step={0.1} value={draw.label} aria-label="新点的值" onChange={(e) => setDraw({ tool: 'add', label: Number(e.target.value) })} />
        </label>
      ) : null}
      <p className={styles.hint} data-testid="nn-draw-count">
        在图上点击或点按{draw.tool === 'erase' ? '擦除最近的点' : '添加一个点'}。现有 {points.length} 个点，全部用于训练。
      </p>
      <div className={styles.row}>
        <button type="button" onClick={() => setPoints([])} disabled={points.length === 0}>
          清空
        </button>
        <button type="button" onClick={download} disabled={points.length === 0}>
          下载 CSV
        </button>
      </div>
      <label className={styles.csv}>
        粘贴 CSV（每行 x,y,label）
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder={problem === 'regression' ? 'x,y,label\n1.5,−2,0.3' : 'x,y,label\n1.5,−2,1'} />
      </label>
      <button type="button" onClick={load} disabled={text.trim() === ''}>
        导入（替换现有的点）
      </button>
      {report ? (
        <div className={styles.report} role="status" data-testid="nn-csv-report">
          读入 {report.count} 个点{report.errors.length ? `，跳过 ${report.errors.length} 行：` : '。'}
          {report.errors.length ? (
            <ul>
              {report.errors.slice(0, 20).map((e) => (
                <li key={e.line}>
                  第 {e.line} 行：{e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
