'use client';

import { useEffect } from 'react';
import { safeHash } from '@/lib/demos/url';
import { takeLanding } from './landing';

/**
 * On a chapter page opened from a search result (or a result in the same chapter): marks the query
 * in the section the result named.
 * The marking code is loaded only then (import()), so it costs other visits nothing.
 */
export function SearchLanding() {
  useEffect(() => {
    const land = () => {
      const landing = takeLanding();
      if (!landing) return;
      const [path, hash = ''] = landing.href.split('#');
      const id = safeHash(location.hash);
      if (!id || id !== hash || !location.pathname.endsWith(path)) return;
      import('./mark-section').then((m) => m.markSection(id, landing.q)).catch((e: unknown) => console.warn('search highlight failed:', e));
    };
    land();
    // A result in the chapter already open only changes the hash.
    window.addEventListener('hashchange', land);
    return () => window.removeEventListener('hashchange', land);
  }, []);
  return null;
}
