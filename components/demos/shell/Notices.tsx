'use client';

import { useCallback, useState } from 'react';

/** Notices shown in full before the rest fold away under "还有 N 条". */
export const NOTICES_SHOWN = 3;
/** Longest notice kept, in characters (a value echoed from a hostile link is already bounded; this is the backstop). */
export const NOTICE_MAX_CHARS = 300;

const bound = (text: string) => {
  const chars = Array.from(text);
  return chars.length > NOTICE_MAX_CHARS ? `${chars.slice(0, NOTICE_MAX_CHARS).join('')}…` : text;
};

/** The demo's notices: every one kept (a repeat is shown once), each bounded in length. */
export function useNotices(initial: readonly string[]) {
  const [notices, setNotices] = useState<string[]>(() => [...new Set(initial.map(bound))]);
  const notify = useCallback((message: string) => {
    const text = bound(message);
    setNotices((n) => (n.includes(text) ? n : [...n, text]));
  }, []);
  return { notices, notify };
}

/** The first few notices, then the rest behind a disclosure with their count. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  const first = notices.slice(0, NOTICES_SHOWN);
  const rest = notices.slice(NOTICES_SHOWN);
  return (
    <div className="demo-notices" role="status" data-notices={notices.length}>
      <ul>
        {first.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary>还有 {rest.length} 条提示</summary>
          <ul>
            {rest.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
