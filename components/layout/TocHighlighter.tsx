'use client';

import { useEffect } from 'react';

/**
 * Marks the on-page contents entry of the section being read (aria-current="location"), in the
 * sidebar, the inline contents and the header's 目录 panel. The contents themselves are
 * server-rendered links; this only adds the highlight, and closes the panel when one of its links
 * is followed (a popover stays open on an in-page jump otherwise, over the section just reached).
 * The sections are the ones the contents list (components/layout/ChapterNav.tsx, PageToc), read
 * from its links: the component takes no props, so the islands bundle can mount it
 * (components/islands/registry.tsx).
 */
export function TocHighlighter() {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]'));
    const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;

    const mark = () => {
      // The current section is the last heading above a line 30 % down the viewport; at the foot of
      // the page, where the last short sections (练习, 参考文献) can never reach that line, the last
      // heading on screen.
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : window.innerHeight * 0.3;
      let current = headings[0].id;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) current = h.id;
        else break;
      }
      for (const a of links) {
        if (a.getAttribute('href') === `#${current}`) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    };

    const panel = document.getElementById('contents-panel');
    const onPanelClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest('a')) panel?.hidePopover();
    };
    panel?.addEventListener('click', onPanelClick);

    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    // The first mark waits for a frame, when layout is due anyway: reading positions while the page
    // hydrates would force a layout of the whole chapter in the middle of loading.
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    // The page also moves without a scroll event: fonts and demos that load change its height.
    const resized = new ResizeObserver(onScroll);
    resized.observe(document.body);
    return () => {
      panel?.removeEventListener('click', onPanelClick);
      resized.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  return null;
}
