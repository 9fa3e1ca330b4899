'use client';

import { useCopy } from '@/components/layout/useCopy';

/**
 * A value to copy: shown read-only (a field or, for several lines, a text area) with a 复制 button;
 * when the clipboard is refused the status says so and the field is there to copy by hand.
 */
export function CopyField({ label, value, rows }: { label: string; value: string; rows?: number }) {
  const { status, copy } = useCopy();
  const select = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select();
  return (
    <div className="copy-field">
      <label>
        <span className="copy-field-label">{label}</span>
        {rows ? <textarea readOnly rows={rows} value={value} onFocus={select} /> : <input type="text" readOnly value={value} onFocus={select} />}
      </label>
      <button type="button" onClick={() => copy(value, `已复制${label}`)}>
        复制
      </button>
      <span className="copy-field-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** A short button that copies the site's full URL for a path of the book (base path included). */
export function CopyUrlButton({ path, label }: { path: string; label: string }) {
  const { status, manual, copy } = useCopy();
  return (
    <span className="copy-url">
      <button type="button" aria-label={`复制${label}的网址`} onClick={() => copy(new URL(path, window.location.href).href, '已复制')}>
        复制
      </button>
      <span role="status" className="copy-field-status">
        {status}
      </span>
      {manual !== null ? <input type="text" readOnly value={manual} aria-label="要复制的网址" onFocus={(e) => e.currentTarget.select()} /> : null}
    </span>
  );
}
