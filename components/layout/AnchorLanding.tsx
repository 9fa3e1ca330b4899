'use client';

import { useEffect } from 'react';
import { safeHash } from '@/lib/demos/url';

/**
 * Off-screen blocks of a chapter are laid out lazily (content-visibility), so the first jump to a
 * #section uses estimated heights and can land a little off once the blocks near the target render.
 * This puts the target back at the top after the browser has rendered around it: on load (a link
 * from elsewhere, a short link) and on every in-page jump.
 */
export function AnchorLanding() {
  useEffect(() => {
    let frame = 0;
    const land = () => {
      const id = safeHash(location.hash); // '#100%' must not throw
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      cancelAnimationFrame(frame);
      // Two frames: the first renders the blocks around the target, the second measures them.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => target.scrollIntoView({ block: 'start', behavior: 'instant' }));
      });
    };
    land();
    document.fonts?.ready.then(land);
    window.addEventListener('hashchange', land);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', land);
    };
  }, []);
  return null;
}
