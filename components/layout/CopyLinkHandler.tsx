'use client';

import { useEffect, useState } from 'react';

/**
 * Upgrades every heading's "#" link: a click still jumps to the section, and also copies the
 * section's full URL, with a short spoken and visible confirmation. Without JavaScript the link
 * is an ordinary anchor whose address can be copied from the browser.
 */
export function CopyLinkHandler() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = link.href;
      const done = (text: string) => {
        setMessage(text);
        clearTimeout(timer);
        timer = setTimeout(() => setMessage(''), 2500);
      };
      const failed = () => done('无法访问剪贴板，请从地址栏复制链接');
      if (!navigator.clipboard) failed();
      else navigator.clipboard.writeText(url).then(() => done('已复制本节链接'), failed);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);

  return (
    <div className="toast" role="status" aria-live="polite" data-visible={message ? 'true' : 'false'}>
      {message}
    </div>
  );
}
