'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { fixed } from '@/lib/demos/format';
import { formatLoss, trainerSetup, type LossPoint, type spec } from '@/lib/demos/trainer/params';
import { NumbersTable, PlayBar } from '../kit/controls';
import { useDemo } from '../shell/DemoContext';
import type { TrainerFrame, TrainerPoints } from '@/lib/demos/trainer/engine';
import { LossChart } from '../kit/LossChart';
import { readPalette, type Palette } from '../kit/canvas';
import { HeatMap } from './trainer-draw';
import { DataControls, FeatureControls, NetworkControls, TrainingControls } from './TrainerControls';
import { useTrainerWorker } from './useTrainerWorker';
import styles from './Trainer.module.css';

/**
 * A TensorFlow Playground–like trainer. Training runs in a Web Worker (lib/compute on its own tfjs
 * backend); this thread only draws: the decision boundary and the points every animation frame
 * while playing, and the loss curves.
 */
/** Least time between two redraws of the loss chart while training. */
const CHART_MS = 250;

export default function TrainerDemo() {
  const { values, backend, reportSteps, hidden } = useDemo<typeof spec>();
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;

  const setup = useMemo(() => trainerSetup(values), [values]);
  const heatRef = useRef<HTMLCanvasElement>(null);
  const epochRef = useRef<HTMLElement>(null);
  const trainLossRef = useRef<HTMLElement>(null);
  const testLossRef = useRef<HTMLElement>(null);
  const heatmap = useRef<HeatMap | null>(null);
  const palette = useRef<Palette | null>(null);
  const showTest = useRef(values.showTest);
  const last = useRef<{ frame: TrainerFrame | null; points: TrainerPoints | null; history: readonly LossPoint[] }>({ frame: null, points: null, history: [] });
  const [chart, setChart] = useState<readonly LossPoint[]>([]);
  const chartRef = useRef<{ at: number; history: readonly LossPoint[] }>({ at: 0, history: [] });
  const playingRef = useRef(false);

  const redraw = () => {
    const canvas = heatRef.current;
    const { frame, points, history } = last.current;
    if (!canvas || !frame) return;
    palette.current ??= readPalette(canvas);
    heatmap.current ??= new HeatMap();
    heatmap.current.draw(canvas, points, showTest.current, palette.current);
    // The chart is React (SVG with axes and a table): at most CHART_MS apart, not every frame.
    const now = performance.now();
    if (history !== chartRef.current.history && (now - chartRef.current.at >= CHART_MS || !playingRef.current)) {
      chartRef.current = { at: now, history };
      setChart(history);
    }
  };

  const worker = useTrainerWorker(
    backend.backend,
    setup,
    {
      draw(frame, points, history, fresh) {
        last.current = { frame, points, history };
        if (!frame) return;
        if (fresh) {
          palette.current ??= heatRef.current ? readPalette(heatRef.current) : null;
          heatmap.current ??= new HeatMap();
          if (palette.current) heatmap.current.update(frame.boundary, frame.n, palette.current);
          reportSteps(frame.epoch);
          // measurement hook: how many boundaries have arrived (the perf spec reads it)
          if (heatRef.current) heatRef.current.dataset.updates = String(Number(heatRef.current.dataset.updates ?? 0) + 1);
          if (epochRef.current) epochRef.current.textContent = String(frame.epoch);
          if (trainLossRef.current) trainLossRef.current.textContent = formatLoss(frame.trainLoss);
          if (testLossRef.current) testLossRef.current.textContent = formatLoss(frame.testLoss);
        }
        redraw();
      },
    },
    setError,
  );
  const { playing, setPlaying, ready } = worker;
  useEffect(() => {
    playingRef.current = playing;
  }, [playing]);

  // Theme changes, a new "show test data" choice, a resized container: draw again.
  useEffect(() => {
    showTest.current = values.showTest;
    redraw();
  });
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const refresh = () => {
      palette.current = null;
      if (last.current.frame && heatRef.current) {
        palette.current = readPalette(heatRef.current);
        heatmap.current?.update(last.current.frame.boundary, last.current.frame.n, palette.current);
      }
      redraw();
    };
    const observer = new ResizeObserver(refresh);
    if (heatRef.current) observer.observe(heatRef.current);
    const themeObserver = new MutationObserver(refresh);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    media.addEventListener('change', refresh);
    return () => (observer.disconnect(), themeObserver.disconnect(), media.removeEventListener('change', refresh));
  }, []);

  return (
    <div className={styles.trainer}>
      <div className={styles.top}>
        <div className={styles.plot}>
          <canvas ref={heatRef} className={styles.heat} role="img" aria-label="决策边界热力图：橙色为 −1 类，蓝色为 +1 类，点为数据" />
          <p className={styles.stats} aria-live="off" data-testid="nn-stats">
            轮数 <strong ref={epochRef}>0</strong> · 训练损失 <span ref={trainLossRef}>—</span> · 测试损失 <span ref={testLossRef}>—</span>
          </p>
          {hidden.has('chart') ? null : (
            <LossChart
              series={[
                { name: '训练损失', color: 'var(--text)', points: chart.map((p) => ({ x: p.epoch, y: p.train })) },
                { name: '测试损失', color: 'var(--accent)', dash: '5 3', points: chart.map((p) => ({ x: p.epoch, y: p.test })) },
              ]}
              xLabel="轮数（epoch）"
              yLabel="均方误差损失"
              scale="linear"
              height={180}
              table={hidden.has('table') ? undefined : { caption: '损失曲线的数值', x: '轮数' }}
            />
          )}
          <p className={styles.where}>{ready ? `训练在 Web Worker 中运行（${ready.label}）` : '正在启动训练线程…'}</p>
        </div>
        <div className={styles.side}>
          {hidden.has('play') ? null : (
            <PlayBar playing={playing} onPlay={setPlaying} onStep={worker.step} onReset={worker.reset} stepLabel="单步（一轮）" />
          )}
          {hidden.has('features') ? null : <FeatureControls />}
          {hidden.has('network') ? null : <NetworkControls />}
        </div>
      </div>
      <DataControls />
      <TrainingControls />
      {hidden.has('table') ? null : (
        <>
          <NumbersTable
            caption="权重与偏置（暂停时更新）"
            head={['层', '神经元', '偏置 b', '输入权重 w']}
            rows={(worker.weights ?? []).flatMap((layer, l) =>
              layer.b.map((b, j) => [l + 1 === worker.weights!.length ? '输出' : `隐藏 ${l + 1}`, j + 1, b, layer.w.map((row) => fixed(row[j], 3)).join(', ')]),
            )}
          />
          <NumbersTable caption="最近的损失（暂停时更新）" head={['轮数', '训练损失', '测试损失']} rows={worker.recent.map((p) => [p.epoch, p.train, p.test])} />
        </>
      )}
    </div>
  );
}
