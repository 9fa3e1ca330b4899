/**
 * Where the chain-rule stepper draws its 2-2-1 network, in real pixels (the SVG is never scaled, so
 * its text keeps its size): left to right when the box is wide, top to bottom on a phone. Every
 * text (a node's values, a weight's label) is placed by trying spots around its node or beside its
 * edge until one touches no line, no node, no other text and stays inside the picture.
 */
import type { NodeId } from './params';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedText {
  lines: string[];
  /** Centre of the block. */
  cx: number;
  cy: number;
  box: Box;
}

export interface EdgeSpec {
  from: NodeId;
  to: NodeId;
  /** The label's lines (none for an unlabelled edge). */
  label: string[];
}

export interface NetworkLayout {
  orientation: 'wide' | 'tall';
  width: number;
  height: number;
  radius: number;
  nodes: Record<NodeId, [number, number]>;
  edges: { from: NodeId; to: NodeId; line: [number, number, number, number]; label: PlacedText | null }[];
  notes: Record<NodeId, PlacedText | null>;
}

/** Font sizes of the picture, in CSS px (never scaled). */
export const FONT = { name: 15, text: 12 } as const;
export const LINE_HEIGHT = 14;
/** Half the width of the thickest (highlighted) line, plus air. */
const LINE_CLEARANCE = 3.5;
const GAP = 2;
/** From this width of its box on, the network is drawn left to right. */
export const WIDE_FROM = 560;

/** A generous estimate of a text's width at `size` px: wide glyphs (CJK) 1 em, the rest 0.62 em. */
export function textWidth(s: string, size: number = FONT.text): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : ch === ' ' ? 0.32 * size : 0.62 * size;
  return w;
}

const blockSize = (lines: string[]) => ({ w: Math.max(...lines.map((l) => textWidth(l))), h: lines.length * LINE_HEIGHT });

const overlap = (a: Box, b: Box, m = 0) => a.x < b.x + b.w + m && b.x < a.x + a.w + m && a.y < b.y + b.h + m && b.y < a.y + a.h + m;

/** Whether the segment comes within `m` of the box (the box grown by m, then a segment–rectangle test). */
export function segmentHitsBox([x1, y1, x2, y2]: readonly number[], b: Box, m: number): boolean {
  const lo = [b.x - m, b.y - m];
  const hi = [b.x + b.w + m, b.y + b.h + m];
  // Liang–Barsky clipping: does any part of the segment fall inside the rectangle?
  let t0 = 0;
  let t1 = 1;
  const d = [x2 - x1, y2 - y1];
  const p = [x1, y1];
  for (let k = 0; k < 2; k++) {
    if (d[k] === 0) {
      if (p[k] < lo[k] || p[k] > hi[k]) return false;
      continue;
    }
    let a = (lo[k] - p[k]) / d[k];
    let c = (hi[k] - p[k]) / d[k];
    if (a > c) [a, c] = [c, a];
    t0 = Math.max(t0, a);
    t1 = Math.min(t1, c);
    if (t0 > t1) return false;
  }
  return true;
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box, m: number): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
  return Math.hypot(cx - nx, cy - ny) < r + m;
}

function positions(orientation: 'wide' | 'tall', W: number): { nodes: Record<NodeId, [number, number]>; height: number; radius: number } {
  if (orientation === 'wide') {
    const col = (f: number) => Math.round(W * f);
    return {
      radius: 24,
      height: 290,
      nodes: { x1: [col(0.1), 70], x2: [col(0.1), 200], h1: [col(0.42), 70], h2: [col(0.42), 200], o: [col(0.74), 135], L: [col(0.91), 135] },
    };
  }
  const col = (f: number) => Math.round(W * f);
  return {
    radius: 22,
    height: 470,
    nodes: { x1: [col(0.3), 36], x2: [col(0.7), 36], h1: [col(0.3), 206], h2: [col(0.7), 206], o: [col(0.5), 336], L: [col(0.5), 426] },
  };
}

/**
 * The network laid out in a box `available` px wide: node positions, edges, and a clear spot for
 * every note (a node's lines) and every edge label.
 */
export function networkLayout(available: number, edges: EdgeSpec[], notes: Record<NodeId, string[]>): NetworkLayout {
  const orientation = available >= WIDE_FROM ? 'wide' : 'tall';
  const width = orientation === 'wide' ? Math.min(available, 680) : Math.max(260, Math.floor(available));
  const { nodes, height, radius } = positions(orientation, width);
  const lines = edges.map((e) => [...nodes[e.from], ...nodes[e.to]] as [number, number, number, number]);
  const placed: Box[] = [];
  const free = (b: Box) =>
    b.x >= 0 &&
    b.y >= 0 &&
    b.x + b.w <= width &&
    b.y + b.h <= height &&
    !lines.some((l) => segmentHitsBox(l, b, LINE_CLEARANCE)) &&
    !(Object.values(nodes) as [number, number][]).some(([cx, cy]) => circleHitsBox(cx, cy, radius + 2, b, GAP)) &&
    !placed.some((p) => overlap(p, b, GAP));
  const at = (textLines: string[], cx: number, cy: number): PlacedText => {
    const { w, h } = blockSize(textLines);
    return { lines: textLines, cx, cy, box: { x: cx - w / 2, y: cy - h / 2, w, h } };
  };
  const take = (candidates: PlacedText[]): PlacedText | null => {
    const hit = candidates.find((c) => free(c.box)) ?? null;
    if (hit) placed.push(hit.box);
    return hit;
  };

  const noteOut = {} as Record<NodeId, PlacedText | null>;
  for (const id of Object.keys(nodes) as NodeId[]) {
    const textLines = notes[id];
    if (!textLines || textLines.length === 0) {
      noteOut[id] = null;
      continue;
    }
    const [cx, cy] = nodes[id];
    const { w, h } = blockSize(textLines);
    const cands: PlacedText[] = [];
    for (let d = 4; d <= 40; d += 4) {
      const below = cy + radius + d + h / 2;
      const above = cy - radius - d - h / 2;
      const side = radius + d + w / 2;
      cands.push(at(textLines, cx, below), at(textLines, cx - side, cy), at(textLines, cx + side, cy), at(textLines, cx, above));
      cands.push(at(textLines, cx - side + radius, below), at(textLines, cx + side - radius, below));
    }
    noteOut[id] = take(cands);
  }

  const edgeOut = edges.map((e, i) => {
    const line = lines[i];
    if (e.label.length === 0) return { from: e.from, to: e.to, line, label: null };
    const [x1, y1, x2, y2] = line;
    const len = Math.hypot(x2 - x1, y2 - y1);
    const n = [-(y2 - y1) / len, (x2 - x1) / len];
    const { w, h } = blockSize(e.label);
    const extent = (w / 2) * Math.abs(n[0]) + (h / 2) * Math.abs(n[1]);
    const cands: PlacedText[] = [];
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      for (const side of [1, -1]) {
        for (let d = LINE_CLEARANCE + GAP; d <= 30; d += 3) {
          const off = side * (d + extent);
          cands.push(at(e.label, x1 + (x2 - x1) * t + n[0] * off, y1 + (y2 - y1) * t + n[1] * off));
        }
      }
    }
    return { from: e.from, to: e.to, line, label: take(cands) };
  });

  return { orientation, width, height, radius, nodes, edges: edgeOut, notes: noteOut };
}
