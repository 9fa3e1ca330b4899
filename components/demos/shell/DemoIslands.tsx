'use client';

import { useEffect } from 'react';
import type { Root } from 'react-dom/client';
import { cleanLocation } from '@/lib/demos/url';

/**
 * Finds the demo placeholders of the page and mounts each demo, as its own React root, when it
 * comes near the viewport or its button is pressed. The chapter's prose is static HTML that React
 * never hydrates; demos are islands in it. Everything a demo needs (its shell, its view, tfjs) is
 * fetched only then, so a chapter's first-load JavaScript is the same with or without demos.
 */
export function DemoIslands({ eager = false }: { eager?: boolean }) {
  useEffect(() => {
    const mounted: { figure: HTMLElement; root: Promise<Root | null> }[] = [];
    // Before any demo code, and so tfjs-core (which reads location.search when it loads), runs:
    // repair malformed escapes and drop tfjsflags (lib/demos/url.ts).
    const pageNotices = cleanLocation(window.location, (url) => window.history.replaceState(window.history.state, '', url));

    const mount = (figure: HTMLElement) => {
      if (figure.dataset.mounted) return;
      figure.dataset.mounted = 'true';
      observer.unobserve(figure);
      const slot = figure.querySelector<HTMLElement>('.demo-slot');
      if (!slot) return;
      // A fresh host element per mount, so an old root can be unmounted later without touching it.
      const host = document.createElement('div');
      const root = import('./mountDemo').then(
        ({ mountDemo }) => {
          slot.replaceChildren(host);
          return mountDemo(host, figure.dataset.demo ?? '', pageNotices, figure.dataset.embed !== undefined);
        },
        () => {
          // The shell's own chunk did not load (offline, a flaky network): say so, and offer 重试.
          const message = document.createElement('p');
          message.setAttribute('role', 'alert');
          message.className = 'demo-error';
          message.textContent = '无法载入演示，请检查网络后重试。';
          const retry = document.createElement('button');
          retry.type = 'button';
          retry.textContent = '重试';
          retry.addEventListener('click', () => {
            delete figure.dataset.mounted;
            mount(figure);
          });
          message.append(' ', retry);
          slot.replaceChildren(message);
          return null;
        },
      );
      mounted.push({ figure, root });
    };

    const observer = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && mount(e.target as HTMLElement)),
      { rootMargin: '400px 0px' },
    );
    for (const figure of document.querySelectorAll<HTMLElement>('figure[data-demo]')) {
      const button = figure.querySelector<HTMLButtonElement>('[data-demo-load]');
      if (button) {
        button.disabled = false;
        button.addEventListener('click', () => mount(figure), { once: true });
      }
      if (eager) mount(figure);
      else observer.observe(figure);
    }
    return () => {
      observer.disconnect();
      for (const { figure, root } of mounted) {
        delete figure.dataset.mounted;
        // Unmount after the current commit: React forbids unmounting a root while another renders.
        root.then((r) => setTimeout(() => r?.unmount()));
      }
    };
  }, [eager]);

  return null;
}
