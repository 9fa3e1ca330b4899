'use client';

import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { demoInfo, type DemoName } from '@/lib/widgets/registry';
import { DEMO_LOADERS } from './loaders';

/**
 * Finds the demo placeholders of the page and mounts each demo, as its own React root, when it
 * comes near the viewport or its button is pressed. The chapter's prose is static HTML that React
 * never hydrates; demos are islands in it.
 */
export function DemoIslands({ eager = false }: { eager?: boolean }) {
  useEffect(() => {
    const mounted: { figure: HTMLElement; root: Root }[] = [];
    const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-demo]'));

    const mount = (figure: HTMLElement) => {
      if (figure.dataset.mounted) return;
      figure.dataset.mounted = 'true';
      observer.unobserve(figure);
      const info = demoInfo(figure.dataset.demo ?? '');
      const slot = figure.querySelector<HTMLElement>('.demo-slot');
      if (!info || !slot) return;
      // A fresh host element per mount, so an old root can be unmounted later without touching it.
      const host = document.createElement('div');
      slot.replaceChildren(host);
      const root = createRoot(host);
      mounted.push({ figure, root });
      // The shell too is a lazy chunk: a chapter's first-load JavaScript stays as it was without demos.
      import('./DemoShell').then(
        ({ DemoShell }) => root.render(<DemoShell info={info} load={DEMO_LOADERS[info.name as DemoName]} />),
        () => {
          host.textContent = '无法载入演示，请刷新页面重试。';
        },
      );
    };

    const observer = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && mount(e.target as HTMLElement)),
      { rootMargin: '400px 0px' },
    );
    for (const figure of figures) {
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
      for (const { figure } of mounted) delete figure.dataset.mounted;
      // Unmount after the current commit: React forbids unmounting a root while another renders.
      const roots = mounted.map((m) => m.root);
      setTimeout(() => roots.forEach((r) => r.unmount()));
    };
  }, [eager]);

  return null;
}
