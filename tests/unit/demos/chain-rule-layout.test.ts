/**
 * The chain-rule network is drawn at its real size and re-laid out rather than shrunk: left to
 * right in a wide box, top to bottom on a phone. Every text (node values, δs, weight labels) has a
 * spot that no line crosses, clear of the nodes and of the other texts, inside the picture; checked
 * by sampling points along every line, for narrow and wide boxes, at every step, with short and long numbers.
 */
import { describe, expect, it } from 'vitest';
import { defaults } from '@/lib/demos/params';
import { PARAMS, PARAM_NAMES, STEP_COUNT, buildSteps, split, type Params } from '@/lib/demos/chain-rule/params';
import { networkEdges, networkNotes } from '@/lib/demos/chain-rule/labels';
import { FONT, WIDE_FROM, networkLayout, textWidth, type Box } from '@/lib/demos/chain-rule/layout';

const base = split(defaults(PARAMS));
const long: Params = { ...base.params };
for (const n of PARAM_NAMES) long[n] = -4.85;
const CASES = [
  { name: 'defaults', params: base.params, sample: base.sample },
  { name: 'long numbers', params: long, sample: { x1: -4.85, x2: -3.55, y: 0.35 } },
];

/** Distance from (px, py) to the box (0 inside). */
const distToBox = (px: number, py: number, b: Box) => Math.hypot(Math.max(b.x - px, 0, px - b.x - b.w), Math.max(b.y - py, 0, py - b.y - b.h));

describe('chain-rule network layout', () => {
  for (const available of [260, 290, 320, 400, 559, 560, 640, 700, 1000]) {
    for (const c of CASES) {
      it(`${available} px, ${c.name}: no text under a line, on a node, or on another text`, () => {
        const steps = buildSteps(c.params, c.sample);
        for (let done = 0; done <= STEP_COUNT; done++) {
          const edges = networkEdges(c.params, available < WIDE_FROM);
          const l = networkLayout(available, edges, networkNotes(steps, done, [c.sample.x1, c.sample.x2]));
          expect(l.orientation).toBe(available < WIDE_FROM ? 'tall' : 'wide');
          // drawn 1:1, never wider than its box: text keeps its size
          expect(l.width).toBeLessThanOrEqual(Math.max(available, 260));
          const texts: Box[] = [];
          l.edges.forEach((e, i) => {
            if (edges[i].label.length === 0) return expect(e.label).toBeNull();
            expect(e.label, `${e.from}→${e.to} at step ${done}`).not.toBeNull();
            texts.push(e.label!.box);
          });
          for (const n of Object.values(l.notes)) {
            expect(n, `a note at step ${done}`).not.toBeNull();
            texts.push(n!.box);
          }
          // the worst case over all texts, computed first, asserted once (millions of expect calls are slow)
          let outside = 0;
          let lineGap = Infinity;
          let nodeGap = Infinity;
          let overlaps = 0;
          for (const b of texts) {
            if (b.x < 0 || b.y < 0 || b.x + b.w > l.width || b.y + b.h > l.height) outside++;
            for (const { line } of l.edges) {
              const [x1, y1, x2, y2] = line;
              for (let k = 0; k <= 100; k++) lineGap = Math.min(lineGap, distToBox(x1 + ((x2 - x1) * k) / 100, y1 + ((y2 - y1) * k) / 100, b));
            }
            for (const [cx, cy] of Object.values(l.nodes)) nodeGap = Math.min(nodeGap, distToBox(cx, cy, b) - l.radius);
            for (const o of texts) if (o !== b && !(b.x + b.w <= o.x || o.x + o.w <= b.x || b.y + b.h <= o.y || o.y + o.h <= b.y)) overlaps++;
          }
          const where = `step ${done}`;
          expect(outside, where).toBe(0);
          // clear of the highlighted line's half-width (1.75 px)
          expect(lineGap, where).toBeGreaterThan(1.75);
          expect(nodeGap, where).toBeGreaterThan(0);
          expect(overlaps, where).toBe(0);
        }
      });
    }
  }

  it('uses 12 px text at least, and estimates its width generously', () => {
    expect(FONT.text).toBeGreaterThanOrEqual(12);
    expect(textWidth('w₁₂ = −0.3')).toBeGreaterThan(10 * 0.55 * 12);
    expect(textWidth('链式')).toBe(24);
  });

  it('writes weights and values with the minus sign U+2212, never a hyphen', () => {
    const steps = buildSteps(long, { x1: -4.85, x2: -3.55, y: 0.35 });
    const labels = networkEdges(long, false).flatMap((e) => e.label);
    expect(labels).toContain('w₁₂ = −4.85');
    expect(networkEdges(base.params, true).find((e) => e.param === 'w12')!.label).toEqual(['w₁₂', '−0.3']);
    const notes = Object.values(networkNotes(steps, STEP_COUNT, [-4.85, -3.55])).flat();
    expect(notes).toContain('= −4.85');
    for (const t of [...labels, ...notes]) expect(t).not.toMatch(/-/);
    expect(notes.some((t) => t.includes('−'))).toBe(true);
  });
});
