'use client';

import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { formatExact } from '@/lib/demos/attention/format';
import { cellSize, moveCell, rowMaxOf, weightColor } from '@/lib/demos/attention-masks/params';
import { fitCanvas, readPalette, useThemeVersion } from './canvas';
import s from './model-demo.module.css';

interface Props {
  caption: string;
  /** Row-major T×T weights. */
  map: ArrayLike<number>;
  labels: readonly string[];
  /** What a cell says, for the readout (fmt writes the value). */
  cellLabel: (i: number, j: number, v: number, fmt: (v: number) => string) => string;
}

/** The tokens along one side (hidden from screen readers: the canvas's readout names them). */
function Labels({ className, labels }: { className: string; labels: readonly string[] }) {
  return (
    <div className={className} aria-hidden="true">
      {labels.map((l, i) => (
        <span key={i} title={l}>
          {l}
        </span>
      ))}
    </div>
  );
}

/**
 * An attention map of up to 64×64 as a heat map drawn on a canvas (thousands of table cells would
 * block the page), with the tokens as HTML labels. Each row is coloured relative to its own largest
 * weight (over 64 positions the weights are small, and the pattern is what matters); 0 stays blank. One tab stop: arrow keys, Home/End (Ctrl+Home/End)
 * move a cursor; hovering or moving writes the cell's exact value in a live readout.
 */
export function WeightCanvas({ caption, map, labels, cellLabel }: Props) {
  const T = labels.length;
  const cell = cellSize(T);
  const ref = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [shown, setShown] = useState<[number, number] | null>(null);
  const [focused, setFocused] = useState(false);
  const theme = useThemeVersion();
  const [ar, ac] = [Math.min(active[0], T - 1), Math.min(active[1], T - 1)];

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas && fitCanvas(canvas, T * cell, T * cell);
    if (!canvas || !ctx) return;
    const palette = readPalette(canvas);
    const { accent, bg } = palette.rgb;
    for (let i = 0; i < T; i++) {
      const rowMax = rowMaxOf(map, T, i);
      for (let j = 0; j < T; j++) {
        ctx.fillStyle = weightColor(map[i * T + j] / rowMax, accent, bg);
        ctx.fillRect(j * cell, i * cell, cell - 1, cell - 1);
      }
    }
    if (focused) {
      ctx.strokeStyle = palette.text;
      ctx.lineWidth = 2;
      ctx.strokeRect(ac * cell + 1, ar * cell + 1, cell - 3, cell - 3);
    }
  }, [map, T, cell, theme, focused, ar, ac]);

  const onKeyDown = (e: KeyboardEvent) => {
    const to = moveCell(e.key, [ar, ac], T, e.ctrlKey);
    if (!to) return;
    e.preventDefault();
    setActive(to);
    setShown(to);
  };
  const cellAt = (e: MouseEvent): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const at = (px: number) => Math.min(T - 1, Math.max(0, Math.floor(px / cell)));
    return [at(e.clientY - r.top), at(e.clientX - r.left)];
  };

  const readout = shown ? cellLabel(shown[0], shown[1], map[shown[0] * T + shown[1]], formatExact) : null;
  const size = { '--cell': `${cell}px` } as CSSProperties;

  return (
    <figure className={s.map} data-n={T}>
      <figcaption className={s.mapCaption}>{caption}</figcaption>
      <div className={s.mapScroll}>
        <div className={s.mapGrid} style={size}>
          <span />
          <Labels className={s.colLabels} labels={labels} />
          <Labels className={s.rowLabels} labels={labels} />
          <canvas
            ref={ref}
            role="application"
            aria-roledescription="热图"
            aria-label={`${caption}。用方向键逐格查看权重。`}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={() => (setFocused(true), setShown([ar, ac]))}
            onBlur={() => (setFocused(false), setShown(null))}
            onMouseMove={(e) => {
              const [i, j] = cellAt(e);
              if (!shown || shown[0] !== i || shown[1] !== j) setShown([i, j]);
            }}
            onMouseLeave={() => setShown(focused ? [ar, ac] : null)}
            onClick={(e) => setActive(cellAt(e))}
          />
        </div>
      </div>
      <p className={s.readout} aria-live="polite">
        {readout ?? '每一行按该行最大的权重着色：越深越大，空白为 0；悬停或聚焦后用方向键查看精确数值。'}
      </p>
    </figure>
  );
}
