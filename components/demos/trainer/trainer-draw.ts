/**
 * Canvas drawing for the trainer: the decision-boundary heat map with the points, and the loss
 * curves. Colours come from the page's CSS variables, so both themes read well.
 */
import { boundaryPixels, NEGATIVE, POSITIVE } from '@/lib/demos/trainer/params';
import { fitCanvas, type Palette } from '../kit/canvas';
import type { TrainerPoints } from '@/lib/demos/trainer/engine';

/** Reusable n×n image of the boundary (n as the last frame had it), scaled onto the visible canvas. */
export class HeatMap {
  private readonly small = document.createElement('canvas');
  private image: ImageData | null = null;

  update(values: Float32Array, n: number, palette: Palette): void {
    if (this.image?.width !== n) {
      this.image = new ImageData(n, n);
      this.small.width = n;
      this.small.height = n;
    }
    boundaryPixels(values, n, this.image.data, palette.rgb.bg);
    this.small.getContext('2d')!.putImageData(this.image, 0, 0);
  }

  draw(canvas: HTMLCanvasElement, points: TrainerPoints | null, showTest: boolean, palette: Palette, domain = 6): void {
    const w = Math.max(1, canvas.clientWidth);
    const h = w;
    const ctx = fitCanvas(canvas, w, h, false);
    if (!ctx) return;
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
      ctx.strokeStyle = i >= points.trainCount ? palette.text : palette.bg;
      ctx.stroke();
    }
  }
}
