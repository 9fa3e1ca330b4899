'use client';

import { useEffect, useRef, useState } from 'react';
import { EMBED_HEIGHT_MESSAGE, embedFallbackHeight, embedSnippet } from '@/components/demos/shell/embed';
import type { HideOption } from '@/lib/demos/teach';
import { teachLinks } from '@/lib/demos/teach';
import { SHELL_CONTROLS } from '@/lib/demos/params';
import { BASE_PATH, withBase } from '@/lib/paths';
import { siteUrl } from '@/components/layout/site-url';
import { CopyField } from './CopyField';

export interface BuilderDemo {
  name: string;
  aliases: readonly string[];
  title: string;
  chapter: string;
  /** "第 3 章 梯度下降" */
  where: string;
  height: number;
  phoneHeight: number;
  options: HideOption[];
}

const SHELL_LABELS: Record<(typeof SHELL_CONTROLS)[number], string> = { backend: '显示计算后端标记（可切换后端）', share: '显示「复制链接」和「嵌入」按钮' };

/** How often the builder reads the live demo's address, which the demo rewrites on every change. */
const POLL_MS = 400;

/**
 * The link builder of /teach/: the chosen demo runs live in a same-origin /embed/ frame; the
 * instructor sets it up there and ticks what to hide; the chapter link and the embed snippet follow.
 * The demo's state is read from the frame's address (the shell keeps it there, DemoShell.tsx), so
 * the builder never needs to know a demo's parameters beyond their names.
 */
export function LinkBuilder({ demos }: { demos: BuilderDemo[] }) {
  const [name, setName] = useState(demos[0]!.name);
  const [hide, setHide] = useState<string[]>([]);
  const [show, setShow] = useState<string[]>([]);
  /** The frame's query as last read: the demo's state (and the hide/show the builder put there). */
  const [search, setSearch] = useState('');
  /**
   * The state the frame was last opened with. Choosing a demo, or what to hide or show, reopens the
   * frame with the state read so far; changes inside the demo are followed without reloading it.
   */
  const [opened, setOpened] = useState('');
  const [mounted, setMounted] = useState(false);
  /**
   * Whether the preview frame has come near the screen. The builder sits thousands of pixels down
   * the page, and a live demo in a same-origin frame shares the page's main thread: loading it at
   * once cost /teach/ seconds of blocked main thread on a phone (docs/performance.md).
   */
  const [near, setNear] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const demo = demos.find((d) => d.name === name)!;
  const src = teachLinks(demo, opened, hide, show, BASE_PATH).embed;
  const fallbackHeight = embedFallbackHeight(demo);

  // After mount (the page is static HTML): ?demo=<name>, from the links of the hide tables, chooses the demo.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('demo');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is only known in the browser
    if (wanted && demos.some((d) => d.name === wanted)) setName(wanted);
    setMounted(true);
  }, [demos]);

  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- no observer: load at once
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '400px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    const timer = setInterval(() => {
      try {
        const loc = frame.current?.contentWindow?.location;
        if (loc && loc.pathname === withBase(`/embed/${name}/`)) setSearch((old) => (old === loc.search ? old : loc.search));
      } catch {
        // Not readable while the frame navigates: next time.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [name]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.current?.contentWindow || e.data?.type !== EMBED_HEIGHT_MESSAGE) return;
      const h = Number(e.data.height);
      if (h > 0 && h < 1e5) setHeight(Math.ceil(h));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const choose = (next: string) => {
    setName(next);
    setSearch('');
    setOpened('');
    setHide([]);
    setHeight(null);
  };
  /** Ticks or unticks `item`, keeping the table's order; reopens the frame with the state so far. */
  const toggle = (list: string[], set: (l: string[]) => void, item: string, on: boolean, order: readonly string[]) => {
    set(order.filter((n) => (n === item ? on : list.includes(n))));
    setOpened(search);
    setHeight(null);
  };

  const links = mounted ? teachLinks(demo, search, hide, show, siteUrl()) : null;
  const hideable = demo.options.filter((o) => o.kind !== 'shell');
  const order = demo.options.map((o) => o.name);

  return (
    <div className="link-builder" data-builder={demo.name} ref={box}>
      <div className="link-builder-controls">
        <label className="link-builder-pick">
          演示
          <select value={name} onChange={(e) => choose(e.target.value)}>
            {demos.map((d) => (
              <option key={d.name} value={d.name}>
                {d.where} · {d.title}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>隐藏这些控件（嵌入和章节链接都适用）</legend>
          <div className="link-builder-options">
            {hideable.map((o) => (
              <label key={o.name}>
                <input type="checkbox" name="hide" value={o.name} checked={hide.includes(o.name)} onChange={(e) => toggle(hide, setHide, o.name, e.target.checked, order)} />
                {o.label} <code>{o.name}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>外框</legend>
          <div className="link-builder-options">
            {SHELL_CONTROLS.map((c) => (
              <label key={c}>
                <input type="checkbox" name="show" value={c} checked={show.includes(c)} onChange={(e) => toggle(show, setShow, c, e.target.checked, SHELL_CONTROLS)} />
                {SHELL_LABELS[c]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <p className="link-builder-hint">在下面的演示里调好参数，链接和嵌入代码会随之更新。</p>
      {mounted && near ? (
        <iframe key={src} ref={frame} className="link-builder-frame" src={src} title={`${demo.title}（链接生成器预览）`} style={{ height: height ?? fallbackHeight }} />
      ) : (
        <div className="link-builder-waiting" style={{ height: fallbackHeight }} />
      )}
      {links ? (
        <div className="link-builder-out">
          <CopyField label="章节链接" value={links.chapter} />
          <CopyField label="嵌入地址" value={links.embed} />
          <CopyField label="嵌入代码" rows={5} value={embedSnippet({ src: links.embed, title: demo.title, height: fallbackHeight })} />
        </div>
      ) : null}
    </div>
  );
}
