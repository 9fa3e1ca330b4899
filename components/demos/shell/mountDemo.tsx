import { createRoot, type Root } from 'react-dom/client';
import { demoInfo } from '@/lib/demos/registry';
import { DEMO_LOADERS } from './loaders';
import { DemoShell } from './DemoShell';

/**
 * Mounts a demo as its own React root in `host`. A lazy chunk: nothing here is first-load code.
 * `embedded`: alone on /embed/ (badge and share buttons hidden unless ?show= asks for them).
 * `pageNotices`: what was repaired in the page's address before any demo loaded (shown by each demo).
 */
export function mountDemo(host: HTMLElement, name: string, pageNotices: readonly string[] = [], embedded = false): Root | null {
  const info = demoInfo(name);
  if (!info) return null;
  const root = createRoot(host);
  root.render(<DemoShell info={info} load={DEMO_LOADERS[info.name]} pageNotices={pageNotices} embedded={embedded} />);
  return root;
}
