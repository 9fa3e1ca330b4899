'use client';

import { useEffect } from 'react';

const SELECTOR = '.prose .katex-display, .prose .table-wrap, .prose pre';

/**
 * A wide formula, table or code block scrolls sideways on a phone. Keyboard users must be able to
 * scroll it too, so each one that actually overflows becomes focusable (and only those, so the
 * tab order is not cluttered on a wide screen).
 */
export function ScrollableRegions() {
  useEffect(() => {
    const update = () => {
      for (const el of document.querySelectorAll<HTMLElement>(SELECTOR)) {
        if (el.scrollWidth > el.clientWidth) {
          el.tabIndex = 0;
          if (!el.hasAttribute('aria-label')) el.setAttribute('aria-label', '可横向滚动的内容');
          el.setAttribute('role', 'region');
        } else if (el.getAttribute('role') === 'region') {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    update();
    // A hook for tests and measurements: the page's progressive enhancements are in place.
    document.documentElement.dataset.enhanced = 'true';
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return null;
}
