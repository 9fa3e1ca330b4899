import { describe, expect, it } from 'vitest';
import { DEMOS } from '@/lib/demos/registry';
import { SPECS } from '@/lib/demos/specs';
import { hideableNames, initialState } from '@/lib/demos/params';
import { parseQuery } from '@/lib/demos/url';
import { hideOptions, teachLinks, VIEW_LABELS } from '@/lib/demos/teach';

describe('hideOptions', () => {
  it.each(DEMOS.map((d) => d.name))('%s: every name ?hide= accepts, each with a readable label', (name) => {
    const spec = SPECS[name];
    const options = hideOptions(spec);
    expect(options.map((o) => o.name)).toEqual(hideableNames(spec));
    for (const o of options) {
      expect(o.label.trim().length, o.name).toBeGreaterThan(0);
      if (o.kind !== 'param') expect(VIEW_LABELS, o.name).toHaveProperty(o.name);
    }
    expect(options.filter((o) => o.kind === 'shell').map((o) => o.name)).toEqual(['backend', 'share']);
  });
});

describe('teachLinks', () => {
  const info = DEMOS.find((d) => d.name === 'gd-explorer')!;
  const site = 'https://example.org/course';
  /** What the shell hides when it opens `url` (the shell's own parser, not the builder's). */
  const hiddenBy = (url: string, embedded: boolean) => {
    const u = new URL(url);
    return [...initialState(SPECS[info.name], parseQuery(u.search).entries, info.name, info.aliases, embedded).hidden].sort();
  };

  it('keeps the state, replaces the old hide and show, and hides exactly what was chosen', () => {
    const search = '?gd-explorer.lr=0.05&gd.hide=play&hide=table&show=share&other.x=1';
    const links = teachLinks(info, search, ['lr', 'chart'], ['backend'], site);
    expect(links.embed).toBe('https://example.org/course/embed/gd-explorer/?gd-explorer.lr=0.05&other.x=1&hide=lr,chart&show=backend');
    expect(links.chapter).toBe('https://example.org/course/gradient-descent/?gd-explorer.lr=0.05&other.x=1&gd-explorer.hide=lr,chart,share#demo-gd-explorer');
    expect(hiddenBy(links.embed, true)).toEqual(['chart', 'lr', 'share']);
    expect(hiddenBy(links.chapter, false)).toEqual(['chart', 'lr', 'share']);
  });

  it('with nothing hidden and both shown, the links carry no hide and no empty show', () => {
    const links = teachLinks(info, '', [], ['backend', 'share'], site);
    expect(links.embed).toBe('https://example.org/course/embed/gd-explorer/?show=backend,share');
    expect(links.chapter).toBe('https://example.org/course/gradient-descent/#demo-gd-explorer');
    expect(hiddenBy(links.embed, true)).toEqual([]);
  });
});
