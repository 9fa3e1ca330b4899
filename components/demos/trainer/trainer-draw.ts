/**
 * Canvas drawing for the trainer: the decision-boundary heat map with the points, and the loss
 * curves. Colours come from the page's CSS variables, so both themes read well.
 */
import { boundaryPixels, NEGATIVE, parseCssColor, POSITIVE, type LossPoint } from '@/lib/demos/trainer/params';
import type { TrainerPoints } from '@/lib/demos/trainer/engine';

export interface Palette {
  bg: [number, number, number];
  bgCss: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
}

export function readPalette(el: Element): Palette {
  const s = getComputedStyle(el);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  const bgCss = v('--bg', '#ffffff');
  return { bg: parseCssColor(bgCss), bgCss, text: v('--text', '#222'), muted: v('--muted', '#666'), accent: v('--accent', '#0a58a8'), border: v('--border', '#ccc') };
}

/** Sizes a canvas's backing store to its CSS box × devicePixelRatio; returns the CSS size. */
export function fitCanvas(canvas: HTMLCanvasElement, aspect: number): { w: number; h: number; dpr: number } {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(canvas.clientWidth));
  const h = Math.max(1, Math.round(w * aspect));
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  return { w, h, dpr };
}

/** Reusable 100×100 image of the boundary, scaled onto the visible canvas. */
export class HeatMap {
  private readonly small: HTMLCanvasElement;
  private readonly image: ImageData;
  constructor(readonly n: number) {
    this.small = document.createElement('canvas');
    this.small.width = n;
    this.small.height = n;
    this.image = new ImageData(n, n);
  }

  update(values: Float32Array, palette: Palette): void {
    boundaryPixels(values, this.n, this.image.data, palette.bg);
    this.small.getContext('2d')!.putImageData(this.image, 0, 0);
  }

  draw(canvas: HTMLCanvasElement, points: TrainerPoints | null, showTest: boolean, palette: Palette, domain = 6): void {
    const { w, h, dpr } = fitCanvas(canvas, 1);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.small, 0, 0, w, h);
    if (!points) return;
    const sx = (x: number) => ((x + domain) / (2 * domain)) * w;
    const sy = (y: number) => ((domain - y) / (2 * domain)) * h;
    const count = showTest ? points.xyl.length / 3 : points.trainCount;
    const r = Math.max(2, w / 120);
    for (let i = 0; i < count; i++) {
      const [x, y, label] = [points.xyl[i * 3], points.xyl[i * 3 + 1], points.xyl[i * 3 + 2]];
      const c = label > 0 ? POSITIVE : NEGATIVE;
      ctx.beginPath();
      ctx.arc(sx(x), sy(y), r, 0, 2 * Math.PI);
      ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
      ctx.fill();
      ctx.lineWidth = i >= points.trainCount ? 1.5 : 0.8;
      ctx.strokeStyle = i >= points.trainCount ? palette.text : palette.bgCss;
      ctx.stroke();
    }
  }
}

/** Train (text colour) and test (accent, dashed) loss against epochs. */
export function drawLossChart(canvas: HTMLCanvasElement, history: readonly LossPoint[], palette: Palette): void {
  const { w, h, dpr } = fitCanvas(canvas, 0.25);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
  if (history.length < 2) return;
  const last = history[history.length - 1].epoch || 1;
  const max = Math.max(0.01, ...history.map((p) => Math.max(Number.isFinite(p.train) ? p.train : 0, Number.isFinite(p.test) ? p.test : 0)));
  const line = (pick: (p: LossPoint) => number, color: string, dash: number[]) => {
    ctx.beginPath();
    history.forEach((p, i) => {
      const x = 2 + (p.epoch / last) * (w - 4);
      const y = h - 2 - (Math.min(pick(p), max) / max) * (h - 4);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.setLineDash(dash);
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
  };
  line((p) => p.train, palette.text, []);
  line((p) => p.test, palette.accent, [4, 3]);
}
