import type { Metadata } from 'next';
import { BookLink } from '@/components/layout/BookLink';
import { DOC_SECTIONS } from '@/lib/content/sections';
import { locate } from '@/lib/content/loader';
import { chapterHref, chapterLabel, sectionLabel } from '@/lib/content/book';
import { withBase } from '@/lib/paths';

export const metadata: Metadata = { title: '短链接一览' };

/** Every document section's permanent short link, for syllabi and slides. */
export default function ShortLinks() {
  return (
    <main id="main" className="home">
      <div className="prose">
        <h1>短链接一览</h1>
        <p>原文的每一节都有一个不会改变的短链接。把它写进讲义或幻灯片，学生点开就会落在书中对应的小节。</p>
        <p>
          小节的完整地址（如 <code>{withBase('/gradient-descent/#sec-2-1')}</code>）同样永久有效。
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">原文小节</th>
              <th scope="col">短链接</th>
              <th scope="col">所在章节</th>
            </tr>
          </thead>
          <tbody>
            {DOC_SECTIONS.map((s) => {
              const found = locate(s.id)!;
              return (
                <tr key={s.id}>
                  <td>
                    {sectionLabel(s.number)} {s.title}
                  </td>
                  <td>
                    <BookLink href={`/s/${s.short}/`}>{withBase(`/s/${s.short}`)}</BookLink>
                  </td>
                  <td>
                    <BookLink href={chapterHref(found.chapter, s.id)}>
                      {chapterLabel(found.chapter)} {found.chapter.title}
                    </BookLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </main>
  );
}
