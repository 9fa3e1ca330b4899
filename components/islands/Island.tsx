import type { ReactNode } from 'react';
import { Enhancement } from '@/components/layout/Enhancement';

/**
 * Marks a client component the islands bundle can hydrate on its own (components/islands/chrome.tsx,
 * docs/performance.md "Lever 5"): a `display: contents` box (no layout of its own) named after the
 * component, around the component in its error boundary. `name` must be a key of ISLANDS
 * (./registry.tsx), which renders the same component without props: an island takes none.
 */
export function Island({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div data-island={name} style={{ display: 'contents' }}>
      <Enhancement name={name}>{children}</Enhancement>
    </div>
  );
}
