'use client';

import { useEffect, useState, type RefObject } from 'react';

/** The page's theme colours, read from CSS variables so plots follow light and dark mode. */
export function themeColors(el: Element) {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { text: v('--text', '#222'), muted: v('--muted', '#666'), accent: v('--accent', '#0a58a8'), border: v('--border', '#ccc'), bg: v('--bg', '#fff') };
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

/** Sizes a canvas for the device's pixel ratio and returns its 2-D context in CSS pixels. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
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
