/**
 * The islands bundle (scripts/islands.mjs builds it with Vite): on a page whose only interactive
 * parts are the site's chrome, this replaces Next's client runtime (router, React Server Components
 * payload, ≈ 142 KiB gzip) by React and these components alone (docs/performance.md, "Islands"):
 *   - the header's tools, hydrated in place: the same tree as the server rendered
 *     (components/layout/HeaderTools.tsx);
 *   - the footer's offline status, mounted at the end of the footer, where the server rendered
 *     nothing (components/layout/Footer.tsx: the status renders null until its effect runs);
 *   - each part of the page marked `<div data-island="Name">` (./Island.tsx), hydrated with the
 *     component of that name (HYDRATE, below) and its props: the exercise sheet's toolbar, the
 *     /search/ page, a chapter's parts (contents highlighter, copy-link, glossary popover, the
 *     demos' loader…), /teach/'s tools.
 * It must not import Next's client APIs (next/link, next/navigation): they need Next's runtime.
 */
import { createElement, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { HeaderTools } from '@/components/layout/HeaderTools';
import { Enhancement } from '@/components/layout/Enhancement';
import { OfflineStatus } from '@/components/offline/OfflineStatus';
import { CHAPTER_PARTS } from './chapter-parts';
import type { IslandName } from './registry';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props arrive as JSON from data-props
type AnyComponent = ComponentType<any>;

/**
 * Every island of ./registry.tsx (the type makes this list complete), as this bundle hydrates it.
 * A chapter's parts come with the bundle: chapters are most of the book's pages, and they hydrate
 * at once. An island that one page alone uses (the exercise sheet's toolbar, the /search/ page,
 * /teach/'s tools) is a chunk of its own, loaded by that page when it finds the marker.
 */
const HYDRATE: Record<IslandName, AnyComponent | { load: () => Promise<AnyComponent> }> = {
  ...CHAPTER_PARTS,
  HandoutToolbar: { load: async () => (await import('@/components/handout/HandoutToolbar')).HandoutToolbar },
  SearchPage: { load: async () => (await import('@/components/search/SearchPage')).SearchPage },
  CopyUrlButton: { load: async () => (await import('@/components/teach/CopyField')).CopyUrlButton },
  LinkBuilder: { load: async () => (await import('@/components/teach/LinkBuilder')).LinkBuilder },
  OutlineExport: { load: async () => (await import('@/components/teach/OutlineExport')).OutlineExport },
};
const load = (entry: (typeof HYDRATE)[IslandName]) => ('load' in entry ? entry.load() : Promise.resolve(entry));

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
  if (!Object.hasOwn(HYDRATE, name)) {
    console.warn(`islands: no component for data-island="${name}"`);
    continue;
  }
  let props: object;
  try {
    props = JSON.parse(el.dataset.props ?? '{}') as object;
  } catch (error) {
    console.warn(`islands: ${name}'s data-props is not JSON`, error);
    continue;
  }
  load(HYDRATE[name as IslandName]).then(
    (Island) =>
      hydrateRoot(el, <Enhancement name={name}>{createElement(Island, props)}</Enhancement>, {
        onRecoverableError: (error) => console.warn(`islands: ${name} did not hydrate as rendered`, error),
      }),
    (error) => console.warn(`islands: ${name} could not be loaded`, error),
  );
}
