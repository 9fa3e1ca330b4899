import { describe, expect, it } from 'vitest';
import { CHROME_COMPONENTS, ISLAND_COMPONENTS, clientComponents, flightText, islandsOnly, withIslands } from '@/lib/islands.mjs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ISLANDS, renderIsland } from '@/components/islands/registry';
import { Island } from '@/components/islands/Island';

/** A page as Next exports it: chunks, the runtime's list, the payload in pieces, the theme script. */
function page(rows: string[], base = '') {
  const text = rows.map((r) => `${r}\n`).join('');
  const cut = Math.floor(text.length / 2);
  const push = (s: string) => `<script>self.__next_f.push(${JSON.stringify([1, s])})</script>`;
  return [
    '<!DOCTYPE html><html><head>',
    `<link rel="stylesheet" href="${base}/_next/static/chunks/a.css" data-precedence="next"/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="${base}/_next/static/chunks/b.js"/>`,
    `<script src="${base}/_next/static/chunks/c.js" async=""></script>`,
    `<script>document.documentElement.classList.add('js')</script>`,
    '</head><body><header class="site-header"></header><main>正文</main>',
    `<script src="${base}/_next/static/chunks/d.js" noModule=""></script>`,
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>`,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    push(text.slice(0, cut)),
    push(text.slice(cut)),
    '</body></html>',
  ].join('');
}

const CHROME_ROWS = [
  '1:"$Sreact.fragment"',
  `2:"/_next/static/chunks/x.js"`,
  '3:I[339756,["$2"],"default"]',
  '6:I[984430,["$2","$5"],"Enhancement"]',
  '7:I[597261,["$2","$5"],"SearchBox"]',
  '8:I[302790,["$2","$5"],"ThemeToggle"]',
  '9:I[254707,["$2","$5"],"OfflineStatus"]',
  '13:"ViewportBoundary"',
  '14:I[897367,["$2"],"$13"]',
  '1a:I[168027,["$2"],"default",1]',
  '20:["$","p",null,{"children":"正文 I[1,[],\\"DemoIslands\\"] 只是文字"}]',
];

describe('islands: which pages, and the rewrite', () => {
  it('reads the client components from the payload, pieces joined, names behind $ references resolved', () => {
    expect(flightText(page(CHROME_ROWS))).toContain('7:I[597261');
    expect([...clientComponents(page(CHROME_ROWS))!].sort()).toEqual(['Enhancement', 'OfflineStatus', 'SearchBox', 'ThemeToggle', 'ViewportBoundary', 'default']);
    expect(clientComponents('<html><body><p>no payload</p></body></html>')).toBeNull();
    expect(() => clientComponents(page(['5:I[1,[],"$99"]']))).toThrow(/row 99/);
  });

  it('a page qualifies only when every client component is the chrome’s or a marked island’s, and the search box is there', () => {
    expect(islandsOnly(clientComponents(page(CHROME_ROWS)))).toBe(true);
    expect(islandsOnly(clientComponents(page([...CHROME_ROWS, '30:I[1,["$2"],"HandoutToolbar"]'])))).toBe(true);
    expect(islandsOnly(clientComponents(page([...CHROME_ROWS, '30:I[1,["$2"],"EmbedHeight"]'])))).toBe(false);
    expect(islandsOnly(new Set(['ThemeToggle', 'default']))).toBe(false);
    expect(islandsOnly(null)).toBe(false);
    expect(CHROME_COMPONENTS.has('TocHighlighter')).toBe(false);
  });

  it('the islands the pages may mark are the ones the bundle can hydrate', () => {
    expect(Object.keys(ISLANDS).sort()).toEqual([...ISLAND_COMPONENTS].sort());
  });

  it('an island’s props cross the page as JSON in data-props, and rendering from them gives what the server rendered', () => {
    // Quotes, markup and an ampersand in a prop: the attribute must escape them and give them back.
    const props = { path: '/course/s/gd-1/?a=1&b=2', label: '梯度下降 "第 3 章" <b>' };
    const html = renderToStaticMarkup(createElement(Island<'CopyUrlButton'>, { name: 'CopyUrlButton', props }));
    const attr = /data-props="([^"]*)"/.exec(html)?.[1];
    expect(attr).toBeDefined();
    const decoded = attr!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual(props);
    const inner = renderToStaticMarkup(renderIsland('CopyUrlButton', JSON.parse(decoded) as object));
    expect(inner).toContain('aria-label="复制梯度下降 &quot;第 3 章&quot; &lt;b&gt;的网址"');
    expect(html).toContain(inner);
    // An island without props writes no data-props.
    expect(renderToStaticMarkup(createElement(Island<'PrintFigures'>, { name: 'PrintFigures' }))).not.toContain('data-props');
  });

  for (const base of ['', '/course']) {
    it(`the rewrite drops Next's scripts and preloads, keeps the page's own, adds the bundle (base "${base}")`, () => {
      const src = `${base}/_next/static/islands/chrome-abc.js`;
      const out = withIslands(page(CHROME_ROWS, base), src);
      expect(out).not.toMatch(/_next\/static\/chunks\/[^"]*\.js|TURBOPACK|__next_f|rel="preload" as="script"/);
      expect(out).toContain(`<link rel="stylesheet" href="${base}/_next/static/chunks/a.css"`);
      expect(out).toContain(`<script>document.documentElement.classList.add('js')</script>`);
      expect(out.match(/<script\b/g)).toHaveLength(2);
      expect(out.endsWith(`<script type="module" fetchpriority="low" src="${src}"></script></body></html>`)).toBe(true);
      expect(out).toContain('<main>正文</main>');
    });
  }

  it('a page without </body> is refused', () => {
    expect(() => withIslands('<html><p>cut short', '/x.js')).toThrow(/<\/body>/);
  });
});
