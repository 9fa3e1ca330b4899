'use client';

import { useEffect, useState, type RefObject } from 'react';
import { parseCssColor, type Rgb } from '@/lib/demos/color';

/**
 * Canvas and theme, one way for every demo: the page's colours read from its CSS variables (so
 * plots follow light and dark mode), a hook that changes when the theme does, a width hook, and a
 * device-pixel-ratio-aware canvas fit.
 */

export interface Palette {
  text: string;
  muted: string;
  accent: string;
  border: string;
  bg: string;
  /** The same colours as numbers, for pixels drawn by hand. */
  rgb: { text: Rgb; accent: Rgb; bg: Rgb };
}

/** The theme's colours as `el` sees them. */
export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const p = { text: v('--text', '#222'), muted: v('--muted', '#666'), accent: v('--accent', '#0a58a8'), border: v('--border', '#ccc'), bg: v('--bg', '#fff') };
  return { ...p, rgb: { text: resolveRgb(el, p.text, [34, 34, 34]), accent: resolveRgb(el, p.accent, [10, 88, 168]), bg: resolveRgb(el, p.bg, [255, 255, 255]) } };
}

/** Any CSS colour (a variable, a name, oklch…) as the browser resolves it, in numbers. */
function resolveRgb(el: Element, color: string, fallback: Rgb): Rgb {
  if (!(el instanceof HTMLElement)) return parseCssColor(color, fallback);
  const before = el.style.color;
  el.style.color = color;
  const rgb = parseCssColor(getComputedStyle(el).color, fallback);
  el.style.color = before;
  return rgb;
}

/** A counter that changes when the page's theme does (the toggle, or the system's light/dark), so plots redraw. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', bump);
    };
  }, []);
  return version;
}

/** The width of an element, kept up to date (ResizeObserver), so canvases fit their container. */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 480): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(200, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Sizes a canvas's backing store to width × height CSS pixels times devicePixelRatio (at most 2),
 * clears it, and returns its 2-D context drawing in CSS pixels. `setCssSize: false` leaves the
 * element's displayed size to the stylesheet (a canvas that follows its container's width).
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number, setCssSize = true): CanvasRenderingContext2D | null {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  if (setCssSize) {
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

/** Axes through the origin of a plot's scale. */
export function drawAxes(
  ctx: CanvasRenderingContext2D,
  s: { px: (x: number) => number; py: (y: number) => number },
  width: number,
  height: number,
  color: string,
) {
  ctx.strokeStyle = color;
  ctx.beginPath();
  ctx.moveTo(s.px(0), 0);
  ctx.lineTo(s.px(0), height);
  ctx.moveTo(0, s.py(0));
  ctx.lineTo(width, s.py(0));
  ctx.stroke();
}
