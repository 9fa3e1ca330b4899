import { BookLink } from '@/components/layout/BookLink';
import { loadBook } from '@/lib/content/loader';
import { chapterHref, chapterLabel, sectionLabel, BOOK_TITLE } from '@/lib/content/book';
import { sectionByNumber } from '@/lib/content/sections';
import { withBase } from '@/lib/paths';
import { bibtex, release } from '@/lib/content/release';
import { DEMOS } from '@/lib/demos/registry';
import { DemoPreview } from '@/components/layout/DemoPreview';
import './home.css';

export default function Home() {
  const book = loadBook();
  const r = release();
  return (
    <main id="main" className="home">
      <div className="prose">
        <h1>{BOOK_TITLE}</h1>
        <p className="lead">
          一本讲大模型的中文教科书，从梯度下降、反向传播、自注意力讲到 GPT-3 与 BERT；书中
          <a href="#demos">{DEMOS.length} 个演示</a>在你的浏览器里实时计算，可以亲手调参、训练和生成。
        </p>
        <p className="home-start">
          <BookLink href={chapterHref(book[0])} className="start-reading">
            开始阅读：{chapterLabel(book[0])} {book[0].title}
          </BookLink>
        </p>

        <h2 id="contents">目录</h2>
        <ol className="book-contents">
          {book.map((c) => (
            <li key={c.slug}>
              <p className="book-contents-title">
                <span className="chapter-num">{chapterLabel(c)}</span>
                <BookLink href={chapterHref(c)}>
                  {c.title}
                </BookLink>
              </p>
              <p className="book-contents-summary">{c.summary}</p>
              <ul className="book-contents-sections">
                {c.sections.map((n) => {
                  const s = sectionByNumber(n)!;
                  return (
                    <li key={n}>
                      <BookLink href={chapterHref(c, s.id)}>
                        {sectionLabel(n)} {s.title}
                      </BookLink>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
        <p className="book-contents-extra">
          另有 <BookLink href="/glossary/">术语表</BookLink>：全书术语的中英文名与简短定义；书中每个数学符号的含义和首次出现的位置见 <BookLink href="/notation/">符号表</BookLink>。
        </p>

        <h2 id="demos">演示</h2>
        <p>每个演示都用 TensorFlow.js 在本机计算，不上传任何数据；它的设置写在地址里，复制链接就能分享同一个场景。</p>
        <ul className="demo-list">
          {DEMOS.map((d) => {
            const chapter = book.find((c) => c.slug === d.chapter);
            return (
              <li key={d.name} data-demo-entry={d.name}>
                <BookLink href={chapterHref({ slug: d.chapter }, `demo-${d.name}`)} className="demo-entry">
                  <DemoPreview name={d.name} />
                  <span className="demo-entry-text">
                    <span className="demo-entry-title">{d.title}</span>
                    <span className="demo-entry-where">
                      {chapter ? `${chapterLabel(chapter)} ${chapter.title}` : d.chapter}
                    </span>
                  </span>
                </BookLink>
              </li>
            );
          })}
        </ul>

        <h2 id="about">关于本书</h2>
        <p>
          本书以一篇常见的中文综述为纲，保留了它的结构和章节编号（如 §2.1），但全部用自己的话重写并加深。书中的公式都有完整的符号说明和可以手算的例子；每章末尾有练习和答案。原文中的事实错误和过时的代码都已改正，每一处都用醒目的「勘误」框标出原文说了什么、为什么不对；全部勘误见
          <BookLink href="/errata/">勘误一览</BookLink>。
        </p>
        <p>
          给教师：每一节都有永久地址和短链接，例如 <BookLink href="/s/2-1/">{withBase('/s/2-1')}</BookLink> 直接打开 §2.1 梯度下降；全部短链接见
          <BookLink href="/s/">短链接一览</BookLink>；导出课程大纲、生成设置好的演示链接和嵌入代码，见<BookLink href="/teach/">教师指南</BookLink>。
        </p>

        <h2 id="cite">如何引用</h2>
        <p>
          引用本书时请注明版本（当前为 {r.version}，构建于 {r.builtOn}），因为内容会随勘误更新，变化见
          <BookLink href="/changelog/">更新记录</BookLink>。BibTeX：
        </p>
        <pre className="cite-block">
          <code>{bibtex(BOOK_TITLE, r)}</code>
        </pre>

        <h2 id="license">许可</h2>
        <p>
          与《动手学深度学习》一样，文字与代码分开授权。正文、练习、术语表等<strong>文字</strong>采用{' '}
          <a href={withBase('/licenses/LICENSE-TEXT.txt')} rel="license">CC BY-SA 4.0</a>：可以自由翻印、改编成讲义，但要注明出处，改编版也要同样开放，勘误和改进因此能回流给所有读者。演示与计算<strong>代码</strong>采用{' '}
          <a href={withBase('/licenses/LICENSE.txt')} rel="license">MIT</a> 许可：它应该能被复制进任何项目，包括不开源的课程平台；知识共享协议本身也不建议用于软件。
        </p>
      </div>
    </main>
  );
}
