'use client';

import { createContext, useContext } from 'react';
import type { BackendName, BackendReport } from '@/lib/compute';
import type { DemoSpec, Values } from '@/lib/demos/params';
import type { RegisteredDemo } from '@/lib/demos/registry';

/** What the shell gives every demo view. */
export interface DemoContextValue<V = Record<string, unknown>> {
  info: RegisteredDemo;
  spec: DemoSpec;
  /**
   * The backend in use. The view is mounted only once it is chosen, and re-mounted when it changes
   * (the reader switched, or a GPU was lost), so a view can build its tensors once on mount.
   */
  backend: BackendReport;
  /** The reader's choice (null = automatic): what a worker passes to its own backend manager. */
  requested: BackendName | null;
  /** The demo's parameters: read from the URL once, normalised, written back on every change. */
  values: V;
  /** Changes some parameters (cross-field rules applied). A stable function: safe in effect deps. */
  set: (patch: Partial<V>) => void;
  /** Names an embed asked to hide (`?hide=lr,play`), already checked against the demo's spec. */
  hidden: ReadonlySet<string>;
  /** Steps or epochs done so far: shown to measurement tools as data-steps. */
  reportSteps: (steps: number) => void;
  /** A short message for the reader under the demo (e.g. "学习率 3 使训练发散"). */
  notify: (message: string) => void;
}

export const DemoContext = createContext<DemoContextValue | null>(null);

/** The shell's context, typed by the demo's spec: `const { values, set } = useDemo<typeof spec>()`. */
export function useDemo<S extends DemoSpec = DemoSpec>(): DemoContextValue<Values<S>> {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo() must be called inside a DemoShell');
  return value as unknown as DemoContextValue<Values<S>>;
}
