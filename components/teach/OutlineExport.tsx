'use client';

import { useState } from 'react';
import { BOOK_TITLE } from '@/lib/content/book';
import { outlineCsv, outlineMarkdown, type OutlineRow } from '@/lib/content/outline';
import { siteUrl } from '@/components/layout/site-url';
import { CopyField } from './CopyField';

/** Saves text as a file the browser downloads (no server: a Blob URL). */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The course outline as Markdown or CSV, with this site's own addresses (base path included). */
export function OutlineExport({ rows }: { rows: OutlineRow[] }) {
  const [markdown, setMarkdown] = useState<string | null>(null);
  return (
    <div className="outline-export">
      <div className="teach-buttons">
        <button type="button" onClick={() => download(outlineMarkdown(rows, siteUrl(), BOOK_TITLE), 'course-outline.md', 'text/markdown;charset=utf-8')}>
          下载 Markdown
        </button>
        <button type="button" onClick={() => download(outlineCsv(rows, siteUrl()), 'course-outline.csv', 'text/csv;charset=utf-8')}>
          下载 CSV
        </button>
        <button type="button" aria-expanded={markdown !== null} onClick={() => setMarkdown((m) => (m === null ? outlineMarkdown(rows, siteUrl(), BOOK_TITLE) : null))}>
          {markdown === null ? '查看 Markdown' : '收起 Markdown'}
        </button>
      </div>
      {markdown !== null ? <CopyField label="课程大纲（Markdown）" value={markdown} rows={12} /> : null}
    </div>
  );
}
