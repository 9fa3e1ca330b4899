/**
 * The islands bundle (scripts/islands.mjs builds it with Vite): on a page whose only interactive
 * parts are the site's chrome, this replaces Next's client runtime (router, React Server Components
 * payload, ≈ 142 KiB gzip) by React and these components alone (docs/performance.md, "Islands"):
 *   - the header's tools, hydrated in place: the same tree as the server rendered
 *     (components/layout/HeaderTools.tsx);
 *   - the footer's offline status, mounted at the end of the footer, where the server rendered
 *     nothing (components/layout/Footer.tsx: the status renders null until its effect runs);
 *   - each part of the page marked `<div data-island="Name">` (./Island.tsx), hydrated with its
 *     component from ./registry.tsx: the exercise sheet's toolbar, the /search/ page, a chapter's
 *     parts (contents highlighter, copy-link, glossary popover, the demos' loader…).
 * It must not import Next's client APIs (next/link, next/navigation): they need Next's runtime.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { HeaderTools } from '@/components/layout/HeaderTools';
import { Enhancement } from '@/components/layout/Enhancement';
import { OfflineStatus } from '@/components/offline/OfflineStatus';
import { ISLANDS } from './registry';

const tools = document.querySelector('.site-header-tools');
if (tools) {
  hydrateRoot(tools, <HeaderTools />, {
    onRecoverableError: (error) => console.warn('islands: the header did not hydrate as rendered', error),
  });
}

const footer = document.querySelector('footer.site-footer');
if (footer) {
  const slot = document.createElement('div');
  slot.style.display = 'contents';
  footer.append(slot);
  createRoot(slot).render(
    <Enhancement name="OfflineStatus">
      <OfflineStatus />
    </Enhancement>,
  );
}

for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = el.dataset.island ?? '';
  const render = ISLANDS[name];
  if (!render) {
    console.warn(`islands: no component for data-island="${name}"`);
    continue;
  }
  hydrateRoot(el, <Enhancement name={name}>{render()}</Enhancement>, {
    onRecoverableError: (error) => console.warn(`islands: ${name} did not hydrate as rendered`, error),
  });
}
