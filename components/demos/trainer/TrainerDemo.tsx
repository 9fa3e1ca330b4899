'use client';

import { BACKEND_SHORT } from '@/lib/demos/backend-words';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { fixed } from '@/lib/demos/format';
import { FEATURE_KEYS, formatLoss, trainerSetup, type LossPoint, type spec } from '@/lib/demos/trainer/params';
import { BOUNDARY_N, DOMAIN, featureGrid, isDrawn, type TrainerPoint } from '@/lib/demos/trainer/problems';
import type { TrainerFrame, TrainerPoints } from '@/lib/demos/trainer/engine';
import { NumbersTable, PlayBar } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import { readPalette, useWidth, type Palette } from '../kit/canvas';
import { HeatMap, plotGeometry } from './trainer-draw';
import { DataControls, FEATURE_LABELS, FeatureControls, NetworkControls, TrainingControls } from './TrainerControls';
import { DrawControls, type DrawState } from './DrawControls';
import { NetworkDiagram, neuronName, type DiagramHandle, type Focus } from './NetworkDiagram';
import { useTrainerWorker } from './useTrainerWorker';
import { TrainerChart, type ChartHandle } from './TrainerChart';
import styles from './Trainer.module.css';

/**
 * A TensorFlow Playground–like trainer. Training runs in a Web Worker (lib/compute on its own tfjs
 * backend); this thread only draws: the big plot (the output, or one neuron's) and the network
 * diagram's small maps as frames arrive, and the loss chart at most every CHART_MS.
 */
const CHART_MS = 250;
const LOSS_NAME = '均方误差 ½(ŷ − y)²';

export default function TrainerDemo() {
  const { values, backend, reportSteps, hidden } = useDemo<typeof spec>();
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;

  const drawnMode = isDrawn(values.dataset);
  const [drawn, setDrawn] = useState<{ draw: TrainerPoint[]; drawreg: TrainerPoint[] }>({ draw: [], drawreg: [] });
  const [drawState, setDrawState] = useState<DrawState>({ tool: 'add', label: 1 });
  const myPoints = drawnMode ? drawn[values.dataset as 'draw' | 'drawreg'] : null;
  const setup = useMemo(() => ({ ...trainerSetup(values), ...(myPoints ? { drawn: myPoints } : {}) }), [values, myPoints]);
  const regression = setup.problem === 'regression';

  const heatRef = useRef<HTMLCanvasElement>(null);
  const epochRef = useRef<HTMLElement>(null);
  const trainLossRef = useRef<HTMLElement>(null);
  const testLossRef = useRef<HTMLElement>(null);
  const diagramBox = useRef<HTMLDivElement>(null);
  const diagram = useRef<DiagramHandle>(null);
  const diagramWidth = useWidth(diagramBox, 560);
  const heatmap = useRef<HeatMap | null>(null);
  const palette = useRef<Palette | null>(null);
  const showTest = useRef(values.showTest);
  const last = useRef<{ frame: TrainerFrame | null; points: TrainerPoints | null; history: readonly LossPoint[] }>({ frame: null, points: null, history: [] });
  const chartHandle = useRef<ChartHandle>(null);
  const chartRef = useRef<{ at: number; history: readonly LossPoint[] }>({ at: 0, history: [] });
  const playingRef = useRef(false);
  // A focus belongs to a network's shape: a new shape forgets it (the neuron may not exist any more).
  const shapeKey = JSON.stringify([setup.features, setup.hidden]);
  const [focusState, setFocusState] = useState<{ shape: string; hover: Focus | null; pinned: Focus | null }>({ shape: '', hover: null, pinned: null });
  const current = focusState.shape === shapeKey ? focusState : { hover: null, pinned: null };
  const pinned = current.pinned;
  const focus = current.hover ?? pinned;
  const focusRef = useRef<Focus | null>(null);

  const inputs = useMemo(() => setup.features.map((key) => ({ key, label: FEATURE_LABELS[key as (typeof FEATURE_KEYS)[number]] })), [setup.features]);
  const units = useMemo(() => [...setup.hidden, 1], [setup.hidden]);

  const getPalette = () => (palette.current ??= heatRef.current ? readPalette(heatRef.current) : null);
  /** The big plot's picture: the frame's (output or hidden neuron), or an input feature's, computed here. */
  const paint = () => {
    const p = getPalette();
    const frame = last.current.frame;
    if (!p) return;
    heatmap.current ??= new HeatMap();
    const f = focusRef.current;
    if (f && f.layer < 0) heatmap.current.update(featureGrid(setup.features[f.unit] ?? 'x', BOUNDARY_N), BOUNDARY_N, p);
    else if (frame) heatmap.current.update(frame.boundary, frame.n, p);
  };
  const redraw = () => {
    const canvas = heatRef.current;
    const { frame, points, history } = last.current;
    if (!canvas || !frame || !heatmap.current) return;
    heatmap.current.draw(canvas, points, showTest.current, getPalette()!);
    // The chart is React (SVG with axes and a table): at most CHART_MS apart, not every frame, and
    // only the chart renders again (TrainerChart), not the demo and its diagram.
    const now = performance.now();
    if (history !== chartRef.current.history && (now - chartRef.current.at >= CHART_MS || !playingRef.current)) {
      chartRef.current = { at: now, history };
      chartHandle.current?.set(history);
    }
  };

  const worker = useTrainerWorker(
    backend.backend,
    setup,
    {
      draw(frame, points, history) {
        last.current = { frame, points, history };
        paint();
        const p = getPalette();
        // The worker leaves the maps out of most frames while training.
        if (p && frame.neurons.length > 0) diagram.current?.update(frame, p);
        reportSteps(frame.epoch);
        // measurement hook: how many boundaries have arrived (the perf spec reads it)
        if (heatRef.current) heatRef.current.dataset.updates = String(Number(heatRef.current.dataset.updates ?? 0) + 1);
        if (epochRef.current) epochRef.current.textContent = String(frame.epoch);
        if (trainLossRef.current) trainLossRef.current.textContent = formatLoss(frame.trainLoss);
        if (testLossRef.current) testLossRef.current.textContent = formatLoss(frame.testLoss);
        redraw();
      },
    },
    setError,
  );
  const { playing, setPlaying, ready } = worker;
  useEffect(() => {
    playingRef.current = playing;
  }, [playing]);

  // The focused neuron: a hidden or output one is computed by the worker, an input feature here.
  const focusKey = focus ? `${focus.layer}/${focus.unit}` : '';
  useEffect(() => {
    focusRef.current = focus;
    worker.focus(focus && focus.layer >= 0 ? focus : null);
    paint();
    redraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focusKey stands for focus
  }, [focusKey, worker.focus]);

  // Theme changes, a new "show test data" choice, a resized container: draw again.
  useEffect(() => {
    showTest.current = values.showTest;
    redraw();
  });
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const refresh = () => {
      palette.current = null;
      paint();
      if (last.current.frame?.neurons.length && palette.current) diagram.current?.update(last.current.frame, palette.current);
      redraw();
    };
    const observer = new ResizeObserver(refresh);
    if (heatRef.current) observer.observe(heatRef.current);
    const themeObserver = new MutationObserver(refresh);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    media.addEventListener('change', refresh);
    return () => (observer.disconnect(), themeObserver.disconnect(), media.removeEventListener('change', refresh));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- installed once; paint and redraw read refs
  }, []);

  // Stable, so that the memoised diagram renders only when its shape, size or pin changes.
  const onFocus = useCallback((f: Focus | null, pin: boolean) => setFocusState((s) => (pin ? { shape: shapeKey, hover: null, pinned: f } : { shape: shapeKey, hover: f, pinned: s.shape === shapeKey ? s.pinned : null })), [shapeKey]);

  const setMyPoints = (pts: TrainerPoint[]) => setDrawn((d) => ({ ...d, [values.dataset]: pts }));
  const onPlotClick = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!myPoints) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const at = plotGeometry(rect.width).toData(e.clientX - rect.left, e.clientY - rect.top);
    if (!at) return;
    const round = (v: number) => Math.round(v * 100) / 100;
    if (drawState.tool === 'add') return setMyPoints([...myPoints, { x: round(at.x), y: round(at.y), label: drawState.label }]);
    const d = myPoints.map((p) => Math.hypot(p.x - at.x, p.y - at.y));
    const nearest = d.indexOf(Math.min(...d));
    if (nearest >= 0 && d[nearest] < DOMAIN / 12) setMyPoints(myPoints.filter((_, i) => i !== nearest));
  };

  const lastLayer = units.length - 1;
  const caption = focus ? `大图显示：${neuronName(focus, lastLayer, inputs)}的输出` : regression ? '大图显示：网络的预测值' : '大图显示：网络的输出（决策边界）';
  const vertical = diagramWidth < 560;

  return (
    <div className={styles.trainer}>
      <DemoStage>
        <DemoVisual>
          <p className={styles.caption} data-testid="nn-caption">
            {caption}
          </p>
          <canvas
            ref={heatRef}
            className={myPoints ? `${styles.heat} ${styles.drawing}` : styles.heat}
            role="img"
            aria-label={`${caption}。横轴 X₁、纵轴 X₂，从 −6 到 6；橙色为 −1，蓝色为 +1，点为数据${myPoints ? '；点击图上添加或擦除点' : ''}`}
            onClick={onPlotClick}
            data-testid="nn-plot"
          />
          <div className={styles.legend} aria-label="颜色图例">
            <span>{regression ? '−1' : '−1 类'}</span>
            <span className={styles.ramp} aria-hidden="true" />
            <span>{regression ? '+1' : '+1 类'}</span>
            <span className={styles.legendNote}>{regression ? '颜色 = 数值（回归）；点的颜色为它的目标值' : '底色越深，网络越确定；点为训练数据'}{values.showTest && !myPoints ? '，黑圈为测试数据' : ''}</span>
          </div>
          <p className={styles.stats} aria-live="off" data-testid="nn-stats">
            轮数 <strong ref={epochRef}>0</strong> · 训练损失 <span ref={trainLossRef}>—</span> · 测试损失 <span ref={testLossRef}>—</span>
          </p>
        </DemoVisual>
        {hidden.has('play') ? null : (
          <RunBar>
            <PlayBar playing={playing} onPlay={setPlaying} onStep={worker.step} onReset={worker.reset} stepLabel="单步（一轮）" />
          </RunBar>
        )}
        <DemoSide>
          <ParamControl name="dataset" />
          {myPoints ? <DrawControls problem={setup.problem} points={myPoints} setPoints={setMyPoints} draw={drawState} setDraw={setDrawState} /> : null}
          <ParamControl name="lr" />
          {hidden.has('network') ? null : <NetworkControls />}
          <MoreParams>
            {hidden.has('features') ? null : <FeatureControls />}
            <TrainingControls />
            <DataControls drawn={drawnMode} />
          </MoreParams>
        </DemoSide>
        {hidden.has('network') ? null : (
          <section className={styles.diagramBox} ref={diagramBox} aria-label="网络结构与每个神经元的输出">
            <h4 className={styles.sub}>网络：每个神经元的输出</h4>
            <p className={styles.hint}>小图是各神经元在整个平面上的输出；连线蓝色为正权重、橙色为负，越粗绝对值越大。指向、聚焦或点按一个神经元，大图就显示它的输出{pinned ? '（再点一次复原）' : ''}。</p>
            <NetworkDiagram
              inputs={inputs}
              units={units}
              vertical={vertical}
              width={diagramWidth}
              pinned={pinned}
              handle={diagram}
              onFocus={onFocus}
            />
          </section>
        )}
        {hidden.has('chart') ? null : (
          <TrainerChart handle={chartHandle} lossName={LOSS_NAME} table={!hidden.has('table')} />
        )}
        <p className={styles.where}>{ready ? `训练在独立的线程（Web Worker）中运行，计算：${BACKEND_SHORT[ready.backend]}` : '正在启动训练线程…'}</p>
        {hidden.has('table') ? null : (
          <div>
            <NumbersTable
              caption="权重与偏置（暂停时更新）"
              head={['层', '神经元', '偏置 b', '输入权重 w']}
              rows={(worker.weights ?? []).flatMap((layer, l) =>
                layer.b.map((b, j) => [l + 1 === worker.weights!.length ? '输出' : `隐藏 ${l + 1}`, j + 1, b, layer.w.map((row) => fixed(row[j], 3)).join(', ')]),
              )}
            />
            <NumbersTable caption="最近的损失（暂停时更新）" head={['轮数', '训练损失', '测试损失']} rows={worker.recent.map((p) => [p.epoch, p.train, p.test])} />
          </div>
        )}
      </DemoStage>
    </div>
  );
}
