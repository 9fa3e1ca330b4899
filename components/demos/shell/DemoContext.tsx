'use client';

import { createContext, useContext } from 'react';
import type { BackendReport } from '@/lib/compute';
import type { DemoInfo } from '@/lib/demos/registry';

/** What the shell gives every demo view. */
export interface DemoContextValue {
  info: DemoInfo;
  /**
   * The backend in use. The view is mounted only once it is chosen, and re-mounted when it changes
   * (the reader switched, or a GPU was lost), so a view can build its tensors once on mount.
   */
  backend: BackendReport;
  /** Steps or epochs done so far: shown to measurement tools as data-steps. */
  reportSteps: (steps: number) => void;
  /** A short message for the reader under the demo (e.g. "学习率 3 使训练发散"). */
  notify: (message: string) => void;
  /** Controls an embed asked to hide (`?hide=lr,play`). */
  hidden: ReadonlySet<string>;
}

export const DemoContext = createContext<DemoContextValue | null>(null);

export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo() must be called inside a DemoShell');
  return value;
}
