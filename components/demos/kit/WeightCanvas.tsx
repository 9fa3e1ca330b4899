'use client';

import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
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

/**
 * The smallest cell that still holds a readable label (its font is 0.8 of the cell, 12.8 px at 16): a long
 * sentence makes the map larger and scrollable, never its labels smaller.
 */
const MIN_LABEL_CELL = 16;

/** Which edges of a scroll box have more content beyond them (for the fade that says so). */
function useOverflow(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]) {
  const [edges, setEdges] = useState({ left: false, right: false, bottom: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = {
        left: el.scrollLeft > 1,
        right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1,
        bottom: el.scrollTop + el.clientHeight < el.scrollHeight - 1,
      };
      setEdges((e) => (e.left === next.left && e.right === next.right && e.bottom === next.bottom ? e : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measured when the map's size changes
  }, deps);
  return edges;
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
 * block the page), with the tokens as HTML labels that never shrink below 12 px: a long sentence
 * scrolls inside the figure, the labels stay at the top and the left as it does, and a fade on each
 * edge with more beyond it (and a line of text) says so. Each row is coloured relative to its own largest
 * weight (over 64 positions the weights are small, and the pattern is what matters); 0 stays blank. One tab stop: arrow keys, Home/End (Ctrl+Home/End)
 * move a cursor; hovering or moving writes the cell's exact value in a live readout.
 */
export function WeightCanvas({ caption, map, labels, cellLabel }: Props) {
  const T = labels.length;
  const cell = Math.max(MIN_LABEL_CELL, cellSize(T));
  const ref = useRef<HTMLCanvasElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const edges = useOverflow(scrollRef, [T, cell]);
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
    // Keep the cursor in sight when the map scrolls.
    const box = scrollRef.current;
    const canvas = ref.current;
    if (box && canvas) {
      const x = canvas.offsetLeft + to[1] * cell;
      const y = canvas.offsetTop + to[0] * cell;
      if (x < box.scrollLeft + canvas.offsetLeft) box.scrollLeft = x - canvas.offsetLeft;
      else if (x + cell > box.scrollLeft + box.clientWidth) box.scrollLeft = x + cell - box.clientWidth;
      if (y < box.scrollTop + canvas.offsetTop) box.scrollTop = y - canvas.offsetTop;
      else if (y + cell > box.scrollTop + box.clientHeight) box.scrollTop = y + cell - box.clientHeight;
    }
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
      <div className={s.mapFrame} data-more-left={edges.left || undefined} data-more-right={edges.right || undefined} data-more-bottom={edges.bottom || undefined}>
        <div ref={scrollRef} className={s.mapScroll}>
          <div className={s.mapGrid} style={size}>
            <span className={s.corner} />
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
      </div>
      {edges.left || edges.right || edges.bottom ? (
        <p className={s.scrollHint} data-scroll-hint="">
          矩阵比这里宽：左右、上下滑动查看其余位置，字的标签固定在上边和左边。
        </p>
      ) : null}
      <p className={s.readout} aria-live="polite">
        {readout ?? '每一行按该行最大的权重着色：越深越大，空白为 0；悬停或聚焦后用方向键查看精确数值。'}
      </p>
    </figure>
  );
}
