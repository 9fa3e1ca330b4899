'use client';

import { memo, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { boundaryPixels, valueColor } from '@/lib/demos/trainer/params';
import { featureGrid, NEURON_N } from '@/lib/demos/trainer/problems';
import type { TrainerFrame } from '@/lib/demos/trainer/engine';
import { fitCanvas, type Palette } from '../kit/canvas';
import styles from './NetworkDiagram.module.css';

/** A neuron the big plot may show: layer −1 is the input features. */
export interface Focus {
  layer: number;
  unit: number;
}

export interface DiagramHandle {
  /** New neuron maps and weights from a frame (the caller decides how often). */
  update(frame: TrainerFrame, palette: Palette): void;
  /** Draws the last frame again (a new size or layout). */
  redraw(): void;
}

interface Props {
  /** Input feature names (keys) and their labels. */
  inputs: { key: string; label: string }[];
  /** Units per layer after the inputs: the hidden layers and the output. */
  units: number[];
  /** A phone: layers as rows, top to bottom, instead of columns. */
  vertical: boolean;
  width: number;
  pinned: Focus | null;
  onFocus: (f: Focus | null, pin: boolean) => void;
  handle: Ref<DiagramHandle>;
}

const CELL = 36;
const GAP = 8;
const LABEL = 22;
/** On a phone a layer is a row: if the widest does not fit, its cells get closer and smaller (down to 24 px). */
const rowCells = (width: number, most: number) =>
  most * CELL + (most - 1) * GAP <= width ? { cell: CELL, gap: GAP } : { cell: Math.max(24, Math.min(CELL, Math.floor((width - (most - 1) * 4) / most))), gap: 4 };

const layerName = (l: number, last: number) => (l < 0 ? '输入' : l === last ? '输出' : `隐藏 ${l + 1}`);
/** "sin(X₁)" may break before its bracket: on a phone's row a cell is too narrow for it on one line. */
const breakable = (label: string) => {
  const at = label.indexOf('(');
  return at > 0 ? (
    <>
      {label.slice(0, at)}
      <wbr />
      {label.slice(at)}
    </>
  ) : (
    label
  );
};

export const neuronName = (f: Focus, last: number, inputs: { label: string }[]) =>
  f.layer < 0 ? `输入特征 ${inputs[f.unit]?.label ?? ''}` : f.layer === last ? '输出神经元' : `第 ${f.layer + 1} 隐藏层第 ${f.unit + 1} 个神经元`;

/**
 * The network as Playground draws it: every neuron a small heat map of its output over the plane,
 * every weight a line whose width is its size and whose colour its sign (blue +, orange −). On a
 * wide screen the layers are columns, on a phone rows (it re-lays out rather than shrinking).
 * Pointing at a neuron, focusing it or tapping it (which pins it) shows its output in the big plot.
 * Memoised: the demo renders for other reasons (its controls). The picture is one canvas; the neurons
 * are transparent buttons over it.
 */
export const NetworkDiagram = memo(function NetworkDiagram({ inputs, units, vertical, width, pinned, onFocus, handle }: Props) {
  const layers = [inputs.length, ...units];
  const last = units.length - 1;
  const root = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const linkCount = layers.slice(1).reduce((s, n, k) => s + n * layers[k], 0);
  const most = Math.max(...layers);
  const { cell, gap } = vertical ? rowCells(width, most) : { cell: CELL, gap: GAP };
  // positions: layer index k (0 = inputs), unit u → centre
  const span = (count: number, length: number) => (u: number) => (length - count * cell - (count - 1) * gap) / 2 + u * (cell + gap) + cell / 2;
  const across = most * (cell + gap);
  const along = (k: number) => (vertical ? LABEL + k * (cell + 34) + cell / 2 : 8 + cell / 2 + (k * Math.max(0, width - cell - 16)) / Math.max(1, layers.length - 1));
  const height = vertical ? along(layers.length - 1) + cell / 2 + 4 : LABEL + across;
  const centre = (k: number, u: number) => {
    const a = along(k);
    const b = span(layers[k], vertical ? width : across)(u) + (vertical ? 0 : LABEL);
    return vertical ? { x: b, y: a } : { x: a, y: b };
  };
  const links: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (let k = 1; k < layers.length; k++)
    for (let i = 0; i < layers[k - 1]; i++)
      for (let j = 0; j < layers[k]; j++) {
        const [a, b] = [centre(k - 1, i), centre(k, j)];
        links.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      }
  const neurons = layers.flatMap((n, k) => Array.from({ length: n }, (_, u) => ({ k, u, ...centre(k, u) })));
  const inputKey = inputs.map((i) => i.key).join();

  // What the picture needs between frames: the geometry of this render, the last frame and palette.
  const scene = useRef({ links, neurons, width, height, cell, frame: null as TrainerFrame | null, palette: null as Palette | null });
  Object.assign(scene.current, { links, neurons, width, height, cell });

  useImperativeHandle(handle, () => {
    const image = new ImageData(NEURON_N, NEURON_N);
    const tile = document.createElement('canvas');
    tile.width = tile.height = NEURON_N;
    const inputMaps = inputKey.split(',').map((key) => featureGrid(key, NEURON_N));
    const column = new Float32Array(NEURON_N * NEURON_N);
    const total = units.reduce((s, u) => s + u, 0);
    /**
     * The whole diagram on one canvas: the links, then each neuron's 16×16 map scaled up. (56 small
     * canvases and 376 SVG lines were 57 layers: the compositor's commit took most of the main thread.)
     */
    const draw = () => {
      const { frame, palette, links: lines, neurons: cells, width: w, height: h, cell: size } = scene.current;
      const canvas = canvasRef.current;
      const ctx = canvas && fitCanvas(canvas, w, h);
      if (!ctx) return;
      const weights = frame && frame.weights.length === lines.length ? frame.weights : null;
      ctx.globalAlpha = 0.75;
      ctx.strokeStyle = palette?.border ?? '#ccc';
      ctx.lineWidth = 1;
      lines.forEach((l, i) => {
        if (weights) {
          const [r, g, b] = valueColor(Math.sign(weights[i]));
          ctx.strokeStyle = `rgb(${r},${g},${b})`;
          ctx.lineWidth = Math.min(5, 0.4 + Math.abs(weights[i]) * 1.6);
        }
        ctx.beginPath();
        ctx.moveTo(l.x1, l.y1);
        ctx.lineTo(l.x2, l.y2);
        ctx.stroke();
      });
      ctx.globalAlpha = 1;
      if (!palette) return;
      ctx.imageSmoothingEnabled = false;
      const tileCtx = tile.getContext('2d');
      const maps = frame && frame.neurons.length === NEURON_N * NEURON_N * total;
      cells.forEach(({ x, y }, c) => {
        // cells: the inputs first, then the layers' units in order
        if (c < inputs.length) boundaryPixels(inputMaps[c] ?? [], NEURON_N, image.data, palette.rgb.bg, 1);
        else if (maps) {
          for (let i = 0; i < column.length; i++) column[i] = frame.neurons[i * total + c - inputs.length];
          boundaryPixels(column, NEURON_N, image.data, palette.rgb.bg, 1);
        } else return;
        tileCtx?.putImageData(image, 0, 0);
        ctx.drawImage(tile, x - size / 2, y - size / 2, size, size);
      });
    };
    return {
      update(frame, palette) {
        // A frame of the previous network (it was on its way while the shape changed) is skipped.
        if (frame.neurons.length !== NEURON_N * NEURON_N * total || frame.weights.length !== linkCount) return;
        Object.assign(scene.current, { frame, palette });
        draw();
        // measurement hook: how many times the maps were redrawn (the perf spec reads it)
        if (root.current) root.current.dataset.updates = String(Number(root.current.dataset.updates ?? 0) + 1);
      },
      redraw: draw,
    };
  }, [inputKey, inputs.length, units, linkCount]);

  // The geometry changed (width, layout, network): draw again with the last frame seen.
  const handleRef = handle as { current: DiagramHandle | null } | null;
  useLayoutEffect(() => handleRef?.current?.redraw(), [width, height, vertical, linkCount, handleRef]);

  return (
    <div ref={root} className={styles.diagram} style={{ height }} data-testid="nn-diagram" data-layout={vertical ? 'vertical' : 'horizontal'}>
      <canvas ref={canvasRef} className={styles.picture} aria-hidden="true" data-links={linkCount} />
      {layers.map((_, k) => {
        const p = centre(k, 0);
        return (
          <span key={`label${k}`} className={styles.label} style={vertical ? { left: 0, top: p.y - cell / 2 - LABEL + 2 } : { left: p.x - 40, top: 0, width: 80 }}>
            {layerName(k - 1, last)}
          </span>
        );
      })}
      {neurons.map(({ k, u, x, y }) => {
        const f = { layer: k - 1, unit: u };
        const isPinned = pinned?.layer === f.layer && pinned.unit === f.unit;
        return (
          <button
            key={`${k}-${u}`}
            type="button"
            className={styles.neuron}
            style={{ left: x - cell / 2, top: y - cell / 2, width: cell, height: cell }}
            aria-label={`${neuronName(f, last, inputs)}：在大图中显示它的输出`}
            aria-pressed={isPinned}
            onPointerEnter={(e) => e.pointerType === 'mouse' && onFocus(f, false)}
            onPointerLeave={(e) => e.pointerType === 'mouse' && onFocus(null, false)}
            onFocus={() => onFocus(f, false)}
            onBlur={() => onFocus(null, false)}
            onClick={() => onFocus(isPinned ? null : f, true)}
          >
            {k === 0 ? <span className={styles.input}>{breakable(inputs[u].label)}</span> : null}
          </button>
        );
      })}
    </div>
  );
});
