'use client';

import { useState } from 'react';
import { embedFallbackHeight, embedSnippet } from '@/components/demos/shell/embed';
import type { DemoInfo } from '@/lib/demos/registry';
import { siteUrl } from '@/components/layout/site-url';
import { useCopy } from '@/components/layout/useCopy';

/** The query without the page-wide `show=`: it matters only on /embed/ (a chapter shows badge and buttons anyway). */
function withoutShow(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has('show')) return search;
  params.delete('show');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** "复制链接" (this section, this set-up) and "嵌入" (an iframe snippet for slides and LMS pages). */
export function ShareButtons({ info }: { info: DemoInfo }) {
  const { status, manual, copy } = useCopy();
  const [embed, setEmbed] = useState<string | null>(null);

  const link = () => `${siteUrl()}/${info.chapter}/${withoutShow(window.location.search)}#demo-${info.name}`;
  const iframe = () =>
    embedSnippet({ src: `${siteUrl()}/embed/${info.name}/${window.location.search}`, title: info.title, height: embedFallbackHeight(info) });

  return (
    <span className="demo-share">
      <button type="button" onClick={() => copy(link(), '已复制链接（含当前设置）')}>
        复制链接
      </button>
      <button type="button" aria-expanded={embed !== null} onClick={() => setEmbed((e) => (e === null ? iframe() : null))}>
        嵌入
      </button>
      <span className="demo-share-status" role="status">
        {status}
      </span>
      {manual !== null ? (
        <input className="demo-share-manual" type="text" readOnly value={manual} aria-label="要复制的内容" onFocus={(e) => e.currentTarget.select()} />
      ) : null}
      {embed !== null ? (
        <span className="demo-embed">
          <label>
            嵌入代码
            <textarea readOnly value={embed} rows={5} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => copy(embed, '已复制嵌入代码')}>
            复制嵌入代码
          </button>
        </span>
      ) : null}
    </span>
  );
}
