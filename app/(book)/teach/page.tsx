import type { Metadata } from 'next';
import { BookLink } from '@/components/layout/BookLink';
import { Island } from '@/components/islands/Island';
import type { BuilderDemo } from '@/components/teach/LinkBuilder';
import { chapterHref, chapterLabel } from '@/lib/content/book';
import { loadBook } from '@/lib/content/loader';
import { courseOutline } from '@/lib/content/outline';
import { DEMOS } from '@/lib/demos/registry';
import { SPECS } from '@/lib/demos/specs';
import { hideOptions, type HideKind } from '@/lib/demos/teach';
import { withBase } from '@/lib/paths';
import './teach.css';

export const metadata: Metadata = {
  title: '教师指南',
  description: '为课程托管本书、引用小节的永久链接、导出课程大纲，以及生成设置好的演示链接和嵌入代码。',
};

const KIND: Record<HideKind, string> = { param: '参数', view: '视图', shell: '外框' };

/**
 * For instructors: hosting, every section's link, the course outline, and a link builder for every
 * demo with every name `?hide=` accepts (generated from the demos' parameter tables, so complete).
 */
export default function Teach() {
  const book = loadBook();
  const outline = courseOutline(book);
  const demos: BuilderDemo[] = DEMOS.map((d) => {
    const c = book.find((ch) => ch.slug === d.chapter)!;
    return { name: d.name, aliases: d.aliases, title: d.title, chapter: d.chapter, where: chapterLabel(c), height: d.height, phoneHeight: d.phoneHeight, options: hideOptions(SPECS[d.name]) };
  });
  return (
    <main id="main" className="home teach">
      <div className="prose">
        <h1>教师指南</h1>
        <p className="lead">
          本书可以直接用于课堂：每一节都有永久链接，每个演示都能按讲课的需要预先设置好再发给学生或嵌入课程网站，整本书也可以托管在自己的服务器上。
        </p>
        <nav aria-label="本页内容">
          <ul>
            <li><a href="#teach-sections">小节链接</a></li>
            <li><a href="#teach-outline">导出课程大纲</a></li>
            <li><a href="#teach-handouts">习题讲义</a></li>
            <li><a href="#teach-builder">演示链接生成器</a></li>
            <li><a href="#teach-hide">各演示可隐藏的控件</a></li>
            <li><a href="#teach-hosting">托管本书</a></li>
            <li><a href="#teach-cite">引用与许可</a></li>
          </ul>
        </nav>

        <h2 id="teach-sections">小节链接</h2>
        <p>
          下表是每章和每一节的地址。带 § 编号的是原文的小节，另有一个不会改变的短链接（全部见<BookLink href="/s/">短链接一览</BookLink>）；写进讲义或幻灯片，学生点开就落在对应位置。
        </p>
        <div className="table-wrap">
          <table className="teach-sections">
            <thead>
              <tr>
                <th scope="col">章节</th>
                <th scope="col">短链接</th>
                <th scope="col">复制网址</th>
              </tr>
            </thead>
            <tbody>
              {outline
                .filter((r) => r.level < 3)
                .map((r) => (
                  <tr key={r.path} className={r.level === 1 ? 'teach-chapter-row' : undefined}>
                    <td>
                      {r.level === 1 ? `${r.chapter} ` : ''}
                      {r.section ? `${r.section} ` : ''}
                      <BookLink href={r.path}>{r.title}</BookLink>
                    </td>
                    <td>{r.short ? <BookLink href={r.short}>{withBase(r.short)}</BookLink> : null}</td>
                    <td>
                      <Island name="CopyUrlButton" props={{ path: withBase(r.short || r.path), label: r.title }} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>

        <h2 id="teach-outline">导出课程大纲</h2>
        <p>
          全书的章、节和小节（共 {outline.length} 条），每条带完整网址，可以贴进教学大纲或学习管理系统（LMS）的页面：Markdown 适合课程网站和 README，CSV（章、节、标题、网址、短链接）可用 Excel 打开或导入 LMS。网址按你打开本页的站点生成，所以自己托管后导出的就是自己站点的地址。
        </p>
        <Island name="OutlineExport" props={{ rows: outline }} />

        <h2 id="teach-handouts">习题讲义</h2>
        <p>
          每章的练习都有一份可打印的 A4 讲义：题目编号、留有作答空间、注明出处小节的网址。学生版不含答案；加上 <code>?answers=1</code> 是附答案的教师版。
        </p>
        <div className="table-wrap">
          <table className="teach-handouts">
            <thead>
              <tr>
                <th scope="col">章</th>
                <th scope="col">学生版</th>
                <th scope="col">教师版（附答案）</th>
              </tr>
            </thead>
            <tbody>
              {book
                .filter((c) => c.exercises.length > 0)
                .map((c) => (
                  <tr key={c.slug}>
                    <td>
                      {chapterLabel(c)} {c.title}
                    </td>
                    <td>
                      <BookLink href={`/exercises/${c.slug}/`}>{c.exercises.length} 题</BookLink>
                    </td>
                    <td>
                      <BookLink href={`/exercises/${c.slug}/?answers=1`}>附答案</BookLink>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>

        <h2 id="teach-builder">演示链接生成器</h2>
        <p>
          选一个演示，在预览里把参数调成讲课需要的样子，勾选要隐藏的控件，下面的章节链接和嵌入代码会同步更新。嵌入代码自带几行脚本，让 iframe 的高度随演示变化；课程平台若删去脚本，iframe 仍可使用，只是高度固定、内部滚动。
        </p>
        <Island name="LinkBuilder" props={{ demos }} />

        <h2 id="teach-hide">各演示可隐藏的控件</h2>
        <p>
          链接里的 <code>hide=</code> 接受下列名称，多个名称用逗号分隔，例如 <code>{withBase('/embed/gd-explorer/?hide=play,table')}</code>。在章节页里请写成 <code>演示名.hide=</code>（如 <code>gd-explorer.hide=play</code>），只作用于那一个演示。嵌入时计算后端标记和分享按钮默认隐藏，用 <code>show=backend,share</code> 显示。
        </p>
        {demos.map((d) => (
          <section key={d.name} aria-labelledby={`hide-${d.name}`} className="teach-hide-demo">
            <h3 id={`hide-${d.name}`}>
              {d.title} <code>{d.name}</code>
            </h3>
            <p className="teach-hide-where">
              {d.where}，<BookLink href={`${chapterHref({ slug: d.chapter })}#demo-${d.name}`}>在书中查看</BookLink> ·{' '}
              <a href={`?demo=${d.name}#teach-builder`}>在生成器中打开</a>
            </p>
            <div className="table-wrap">
              <table data-hide-names={d.name}>
                <thead>
                  <tr>
                    <th scope="col">名称</th>
                    <th scope="col">隐藏的是</th>
                    <th scope="col">类别</th>
                  </tr>
                </thead>
                <tbody>
                  {d.options.map((o) => (
                    <tr key={o.name}>
                      <td>
                        <code>{o.name}</code>
                      </td>
                      <td>{o.label}</td>
                      <td>{KIND[o.kind]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}

        <h2 id="teach-hosting">托管本书</h2>
        <p>本书构建后是纯静态网站，没有服务器端代码，任何静态托管都可以。以 GitHub Pages 为例（站点地址为 <code>https://用户名.github.io/仓库名/</code>）：</p>
        <ol>
          <li>把本书的仓库复制（fork）到自己的账号下。</li>
          <li>在仓库的 Settings → Pages 中，把 Source 设为 GitHub Actions。</li>
          <li>
            推送一次（或在 Actions 页手动运行「Publish the book on GitHub Pages」）。仓库自带的工作流 <code>.github/workflows/pages.yml</code> 会以 <code>/仓库名</code> 为子路径构建并发布；用自己的域名时，在仓库变量里把 <code>BASE_PATH</code> 设为 <code>/</code>。其他托管方式（nginx、任意静态空间）见仓库的 <code>docs/deploy.md</code>。
          </li>
          <li>打开 <code>https://用户名.github.io/仓库名/teach/</code>：本页导出的大纲和生成的链接都会是你自己站点的地址。</li>
        </ol>
        <p>书中的字体、计算库的 wasm 文件、模型权重和搜索索引都随站点一起发布，不向其他网站发出请求，适合校园网和内网。</p>

        <h2 id="teach-cite">引用与许可</h2>
        <p>
          引用格式（含版本号和 BibTeX）见<BookLink href="/#cite">如何引用</BookLink>；文字采用 CC BY-SA 4.0、代码采用 MIT 许可，可以改编后用于自己的课程，说明见<BookLink href="/#license">许可</BookLink>。原文的错误与本书的改正见
          <BookLink href="/errata/">勘误一览</BookLink>，每个版本的变化见<BookLink href="/changelog/">更新记录</BookLink>。
        </p>
      </div>
    </main>
  );
}
