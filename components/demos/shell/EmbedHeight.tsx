'use client';

import { useEffect } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '@/components/demos/shell/embed';

/**
 * On /embed/: tells the host page the document's height whenever it changes, so the snippet's
 * script can size the iframe to it (components/demos/shell/embed.ts). Nothing is posted outside an iframe.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is not a secret, and the host's origin is not known here: any parent may read it.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
