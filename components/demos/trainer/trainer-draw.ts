/**
 * Canvas drawing for the trainer: the big plot (the network's output, or one neuron's, as a heat
 * map over [−6, 6]², with the points, axes and ticks) and the small per-neuron maps. Colours come
 * from the page's CSS variables, so both themes read well.
 */
import { boundaryPixels, valueColor } from '@/lib/demos/trainer/params';
import { DOMAIN } from '@/lib/demos/trainer/problems';
import { tick } from '@/lib/demos/format';
import { fitCanvas, type Palette } from '../kit/canvas';
import type { TrainerPoints } from '@/lib/demos/trainer/engine';

/** Room around the square plot for the ticks and the axis names (CSS px). */
const M = { left: 34, right: 10, top: 8, bottom: 34 };
const TICKS = [-6, -3, 0, 3, 6];
const FONT = '12px system-ui, sans-serif';

/** Where the square plot lies in a canvas of CSS width w, and the maps between data and pixels. */
export function plotGeometry(w: number) {
  const side = Math.max(40, w - M.left - M.right);
  const px = (x: number) => M.left + ((x + DOMAIN) / (2 * DOMAIN)) * side;
  const py = (y: number) => M.top + ((DOMAIN - y) / (2 * DOMAIN)) * side;
  /** Data coordinates of a point in the canvas (CSS px), or null outside the plot. */
  const toData = (cx: number, cy: number) => {
    const x = ((cx - M.left) / side) * 2 * DOMAIN - DOMAIN;
    const y = DOMAIN - ((cy - M.top) / side) * 2 * DOMAIN;
    return Math.abs(x) <= DOMAIN && Math.abs(y) <= DOMAIN ? { x, y } : null;
  };
  return { side, height: side + M.top + M.bottom, px, py, toData };
}

/** Reusable n×n image of values in [−1, 1] (row 0 = smallest y), scaled onto a canvas. */
export class HeatMap {
  readonly small = document.createElement('canvas');
  private image: ImageData | null = null;

  update(values: ArrayLike<number>, n: number, palette: Palette, alpha = 0.8): void {
    if (this.image?.width !== n) {
      this.image = new ImageData(n, n);
      this.small.width = n;
      this.small.height = n;
    }
    boundaryPixels(values, n, this.image.data, palette.rgb.bg, alpha);
    this.small.getContext('2d')!.putImageData(this.image, 0, 0);
  }

  /** The big plot: heat map, axes with ticks and names, the points (training filled, test ringed). */
  draw(canvas: HTMLCanvasElement, points: TrainerPoints | null, showTest: boolean, palette: Palette): void {
    const w = Math.max(1, canvas.clientWidth);
    const g = plotGeometry(w);
    const ctx = fitCanvas(canvas, w, g.height, false);
    if (!ctx) return;
    canvas.style.height = `${g.height}px`;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.small, g.px(-DOMAIN), g.py(DOMAIN), g.side, g.side);
    ctx.strokeStyle = palette.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(g.px(-DOMAIN) + 0.5, g.py(DOMAIN) + 0.5, g.side - 1, g.side - 1);
    // ticks and labels
    ctx.fillStyle = palette.muted;
    ctx.strokeStyle = palette.muted;
    ctx.font = FONT;
    ctx.beginPath();
    for (const t of TICKS) {
      ctx.moveTo(g.px(t), g.py(-DOMAIN));
      ctx.lineTo(g.px(t), g.py(-DOMAIN) + 4);
      ctx.moveTo(g.px(-DOMAIN), g.py(t));
      ctx.lineTo(g.px(-DOMAIN) - 4, g.py(t));
    }
    ctx.stroke();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of TICKS) ctx.fillText(tick(t), g.px(t), g.py(-DOMAIN) + 6);
    ctx.fillStyle = palette.text;
    ctx.fillText('X₁', g.px(0) + 24, g.py(-DOMAIN) + 6);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = palette.muted;
    for (const t of TICKS) ctx.fillText(tick(t), g.px(-DOMAIN) - 6, g.py(t));
    ctx.fillStyle = palette.text;
    ctx.fillText('X₂', g.px(-DOMAIN) - 6, g.py(0) - 22);
    if (!points) return;
    const count = showTest ? points.xyl.length / 3 : points.trainCount;
    const r = Math.max(3, g.side / 110);
    for (let i = 0; i < count; i++) {
      const [x, y, label] = [points.xyl[i * 3], points.xyl[i * 3 + 1], points.xyl[i * 3 + 2]];
      const c = valueColor(label);
      ctx.beginPath();
      ctx.arc(g.px(x), g.py(y), r, 0, 2 * Math.PI);
      ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
      ctx.fill();
      ctx.lineWidth = i >= points.trainCount ? 1.5 : 0.8;
      ctx.strokeStyle = i >= points.trainCount ? palette.text : palette.bg;
      ctx.stroke();
    }
  }
}

/** One neuron's map from a frame's neurons array (NEURON_N² rows × `units` columns), into `out`. */
export function neuronColumn(neurons: Float32Array, units: number, column: number, out: Float32Array): Float32Array {
  for (let i = 0; i < out.length; i++) out[i] = neurons[i * units + column];
  return out;
}
