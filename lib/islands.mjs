/**
 * Which exported pages can drop Next's client runtime for the islands bundle, and the rewrite
 * (scripts/islands.mjs, docs/performance.md "Islands"). Pure functions on a page's HTML, unit-tested
 * in tests/unit/islands.test.ts.
 *
 * A page built by Next carries its React Server Components payload inline, in
 * `self.__next_f.push([1,"…"])` scripts. Each client component it renders is a row
 * `<id>:I[<module>,[<chunks>],"<export name>"]` (the name may be a reference `"$<row>"` to a string
 * row). A page whose client components are all the site's chrome (and Next's own boundaries) or
 * marked islands needs nothing of Next's runtime: components/islands/chrome.tsx hydrates them with
 * React alone.
 */

/** The client components the islands bundle stands in for: the chrome's, and Next's own. */
export const CHROME_COMPONENTS = new Set([
  // the site's chrome: components/layout/HeaderTools.tsx and components/layout/Footer.tsx
  'SearchBox',
  'ThemeToggle',
  'OfflineStatus',
  'Enhancement',
  // Next's: its layout router and template (both exported as default), metadata and boundaries
  'default',
  'OutletBoundary',
  'ViewportBoundary',
  'MetadataBoundary',
  'IconMark',
]);

/** The payload's text: every `self.__next_f.push([1,"…"])` string, in order; null if the page has none. */
export function flightText(html) {
  const chunks = [...html.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].map((m) => JSON.parse(m[1]));
  const strings = chunks.filter((c) => c[0] === 1 && typeof c[1] === 'string').map((c) => c[1]);
  return strings.length ? strings.join('') : null;
}

/** The export names of the client components a page renders (null: no payload, so not a Next page). */
export function clientComponents(html) {
  const text = flightText(html);
  if (text === null) return null;
  const rows = new Map([...text.matchAll(/(?:^|\n)([0-9a-f]+):("(?:[^"\\\n]|\\.)*")(?=\n|$)/g)].map((m) => [m[1], JSON.parse(m[2])]));
  const names = new Set();
  for (const m of text.matchAll(/(?:^|\n)[0-9a-f]+:I\[\d+,\[[^\]]*\],"([^"]*)"/g)) {
    const ref = /^\$([0-9a-f]+)$/.exec(m[1]);
    const name = ref ? rows.get(ref[1]) : m[1];
    if (typeof name !== 'string') throw new Error(`client reference ${m[0].trim()} names row ${ref?.[1]}, which holds no string`);
    names.add(name);
  }
  return names;
}

/**
 * The page parts a page may mark with <Island name props> (components/islands/Island.tsx) for the bundle
 * to hydrate; the keys of ISLANDS in components/islands/registry.tsx.
 */
export const ISLAND_COMPONENTS = new Set([
  'HandoutToolbar',
  'SearchPage',
  // a chapter's (app/(book)/[chapter]/page.tsx)
  'TocHighlighter',
  'PrintFigures',
  'CopyLinkHandler',
  'AnchorLanding',
  'SearchLanding',
  'DemoIslands',
  'TermPopover',
  // /teach/'s (app/(book)/teach/page.tsx), with their props in data-props
  'CopyUrlButton',
  'LinkBuilder',
  'OutlineExport',
]);

/**
 * True when every client component is the chrome's or a marked island's (and the header's search
 * box is among them, or this would not be a book page).
 */
export function islandsOnly(names) {
  return !!names && names.has('SearchBox') && [...names].every((n) => CHROME_COMPONENTS.has(n) || ISLAND_COMPONENTS.has(n));
}

/**
 * The islands bundle's tag. A module script runs after the page is parsed and never blocks
 * rendering, but Chromium fetches it at High priority, which Lighthouse's simulation (Lantern)
 * counts as render-blocking: the page's first paint was then simulated after the bundle's download
 * and run (FCP 1.9 s instead of 1.2 s on /backprop/, docs/performance.md "Lever 8"). Low priority
 * says what it is: an enhancement, after the text, its styles and fonts (Next's own scripts are
 * `async`, fetched at Low priority too).
 */
export const bundleScript = (src) => `<script type="module" fetchpriority="low" src="${src}"></script>`;

/**
 * The page without Next's scripts (its chunks, the runtime's chunk list, the payload, their
 * preloads) and with the islands bundle's script at the end of the body. The page's own inline
 * scripts (the theme before the first paint) stay.
 */
export function withIslands(html, src) {
  const next = (tag) => /\ssrc="[^"]*\/_next\/static\/chunks\/|TURBOPACK|self\.__next_f/.test(tag);
  const cut = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (next(tag) ? '' : tag))
    .replace(/<link rel="preload" as="script"[^>]*>/g, '');
  if (!cut.includes('</body>')) throw new Error('the page has no </body>');
  return cut.replace('</body>', `${bundleScript(src)}</body>`);
}
