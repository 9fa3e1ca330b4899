import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';

export const metadata: Metadata = { title: '搜索', description: '在全书的章节、公式、练习和术语表中搜索。' };

/** /search/?q=…: a search whose address can be shared. The results come from the search worker. */
export default function Search() {
  return (
    <main id="main" className="home">
      <div className="prose search-page">
        <h1>搜索</h1>
        <Island name="SearchPage" />
        <noscript>
          <p>搜索需要 JavaScript。不用它也可以从全书目录或术语表找到各章节。</p>
        </noscript>
      </div>
    </main>
  );
}
