'use client';

import { useState } from 'react';

/**
 * Copies text to the clipboard and says so; when the clipboard is refused (an iframe without
 * allow="clipboard-write", no permission) `manual` holds the text, to show selected in a field.
 */
export function useCopy() {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
      setManual(null);
    } catch {
      setStatus('无法访问剪贴板，请手动复制：');
      setManual(text);
    }
  };
  return { status, manual, copy };
}
