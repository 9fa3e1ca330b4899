import { createRoot, type Root } from 'react-dom/client';
import { demoInfo, type DemoName } from '@/lib/demos/registry';
import { DEMO_LOADERS } from './loaders';
import { DemoShell } from './DemoShell';

/** Mounts a demo as its own React root in `host`. A lazy chunk: nothing here is first-load code. */
export function mountDemo(host: HTMLElement, name: string): Root | null {
  const info = demoInfo(name);
  if (!info) return null;
  const root = createRoot(host);
  root.render(<DemoShell info={info} load={DEMO_LOADERS[info.name as DemoName]} />);
  return root;
}
