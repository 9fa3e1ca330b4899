'use client';

import { useState, type ReactNode } from 'react';
import './layout.css';

/**
 * The parts every demo is laid out from, so that the picture and the controls the paragraph talks
 * about are on one screen, on a phone as on a desktop (docs/demos.md, "Visual first"):
 *
 *   <DemoStage>                      two columns on a wide screen, one on a phone (visual first)
 *     <DemoVisual>…</DemoVisual>     the primary picture: marked data-demo-visual (left column)
 *     <RunBar>…</RunBar>             run/step/reset (right column, top); on a phone it stays at the
 *                                    bottom of the screen while the stage is on it
 *     <DemoSide>                     the essential controls, then the collapsible rest (right column)
 *       …essential controls…
 *       <MoreParams>…</MoreParams>   the other parameters, folded (open by default on a wide screen)
 *     </DemoSide>
 *     …anything else (tables, notes) spans both columns below
 *   </DemoStage>
 *
 * The run bar is a child of the stage, not of the side column: a sticky element cannot leave its
 * parent, and only the stage begins above the fold.
 *
 * The button that starts the computation carries data-demo-run (the layout tests look for both
 * marks in every demo).
 */

/** Wide enough for the other parameters to sit open beside the picture. */
export const WIDE_QUERY = '(min-width: 64rem)';

/**
 * How the stage uses a wide screen (on a phone every variant is one column, visual first):
 * - `beside` (default): the visual on the left, run bar and controls on the right;
 * - `above`: run bar and controls side by side above the visual, which takes the full width
 *   (a text box and a select over wide strips or maps);
 * - `single`: one column, visual first (a wide chart reads better than two narrow columns).
 */
export type StageLayout = 'beside' | 'above' | 'single';

export function DemoStage({ children, className, layout = 'beside' }: { children: ReactNode; className?: string; layout?: StageLayout }) {
  const classes = ['demo-stage', layout === 'beside' ? '' : `demo-stage-${layout}`, className ?? ''].filter(Boolean).join(' ');
  return <div className={classes}>{children}</div>;
}

export function DemoVisual({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={className ? `demo-visual ${className}` : 'demo-visual'} data-demo-visual="">
      {children}
    </div>
  );
}

export function DemoSide({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `demo-side ${className}` : 'demo-side'}>{children}</div>;
}

/** The run controls; on a phone they stay at the bottom of the screen while the demo is on it. */
export function RunBar({ children, label = '运行控制' }: { children: ReactNode; label?: string }) {
  return (
    <div className="demo-runbar" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** The parameters the text does not need at first: folded on a phone, open on a wide screen. */
export function MoreParams({ children, summary = '更多参数' }: { children: ReactNode; summary?: string }) {
  // Demos mount on the client only (DemoIslands), so the screen's width is known at the first render.
  const [open, setOpen] = useState(() => typeof window !== 'undefined' && window.matchMedia(WIDE_QUERY).matches);
  return (
    <details className="demo-more" data-demo-more="" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      <div className="demo-more-body">{children}</div>
    </details>
  );
}
