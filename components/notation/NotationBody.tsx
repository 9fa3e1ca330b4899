import { BookLink } from '@/components/layout/BookLink';
import { chapterHref } from '@/lib/content/book';
import { loadBook, locate } from '@/lib/content/loader';
import { loadLocalSymbols, loadNotation, symbolId, type NotationEntry } from '@/lib/content/notation';
import { renderMathText, renderTex } from '@/lib/content/math-text';

/** Groups of the table, in order, with their permanent element ids. */
const GROUPS: [name: string, id: string][] = [
  ['规模与算力', 'group-scale'],
  ['优化', 'group-optimisation'],
  ['损失与概率', 'group-loss'],
  ['网络与反向传播', 'group-network'],
  ['注意力与 Transformer', 'group-attention'],
  ['下标与通用记号', 'group-general'],
];

const INTRO = [
  '本书公式里用到的每个符号都列在下面，每个符号在全书只有一种含义。$N$ 只表示参数量，$L$ 只表示损失；层数记作 $n_{\\text{layer}}$，样本数记作 $\\lvert \\mathcal{D} \\rvert$，隐藏维数记作 $d_{\\text{model}}$；其他「个数」写成 $n$ 加文字下标，如 $n_{\\text{vocab}}$、$n_{\\text{GPU}}$。',
  '小写字母加下标表示同名大写矩阵的一行或一个元素（$q_i$ 是 $Q$ 的第 $i$ 行，$a_{ij}$ 是 $A$ 的元素）；写在下标或上标里的 $i, j, k, l, m, t$ 都是编号。「首次出现」指向书中第一次用到这个符号的小节，每行左侧的 # 是这一行的永久链接。少数字母只在某一节的例子或练习里临时使用，就地定义，列在最后的「局部记号」中。',
];

function SectionLink({ id }: { id: string }) {
  const hit = locate(id);
  if (!hit) throw new Error(`notation: no heading has the id "${id}"`);
  return (
    <BookLink href={chapterHref(hit.chapter, id)}>
      {hit.chapter.title} › {hit.heading.title}
    </BookLink>
  );
}

const html = (s: string) => ({ __html: s });

function Row({ e }: { e: NotationEntry }) {
  const id = symbolId(e.tex);
  return (
    <tr id={id}>
      <th scope="row" className="notation-symbol">
        <a className="notation-anchor" href={`#${id}`} aria-label="本行的链接">
          #
        </a>
        <span dangerouslySetInnerHTML={html(renderTex(e.tex))} />
      </th>
      <td>
        <span dangerouslySetInnerHTML={html(renderMathText(e.meaning))} />
        {e.note && <span className="notation-note" dangerouslySetInnerHTML={html(renderMathText(e.note))} />}
      </td>
      <td dangerouslySetInnerHTML={html(renderMathText(e.shape))} />
      <td>
        <SectionLink id={e.firstUse} />
      </td>
    </tr>
  );
}

/** The table of symbols: every symbol of the book's formulas with its one meaning, rendered at build time (no KaTeX JS). */
export function NotationBody() {
  const table = loadNotation();
  const local = loadLocalSymbols();
  for (const e of table) {
    if (!GROUPS.some(([name]) => name === e.group)) throw new Error(`content/notation.json: "${e.tex}" has the unknown group "${e.group}"`);
  }
  const order = loadBook().flatMap((c) => c.headings.map((h) => h.id));
  const locals = Object.entries(local)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .flatMap(([sectionId, symbols]) => Object.entries(symbols).map(([tex, meaning]) => ({ sectionId, tex, meaning })));
  return (
    <>
      <h1>符号表</h1>
      {INTRO.map((p, i) => (
        <p key={i} dangerouslySetInnerHTML={html(renderMathText(p))} />
      ))}
      <p>
        共 {table.length} 个符号，另有 {locals.length} 处局部记号。分组：
        {GROUPS.map(([name, id], i) => (
          <span key={id}>
            {i > 0 && '、'}
            <a href={`#${id}`}>{name}</a>
          </span>
        ))}
        、<a href="#local-symbols">局部记号</a>。
      </p>
      {GROUPS.map(([name, id]) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id}>{name}</h2>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">符号</th>
                  <th scope="col">含义</th>
                  <th scope="col">形状或类型</th>
                  <th scope="col">首次出现</th>
                </tr>
              </thead>
              <tbody>
                {table
                  .filter((e) => e.group === name)
                  .map((e) => (
                    <Row key={e.tex} e={e} />
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="local-symbols">
        <h2 id="local-symbols">局部记号</h2>
        <p>下面这些字母只在所列小节中临时表示别的东西，在原处有定义，离开那一节就不再使用这个含义。</p>
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">符号</th>
                <th scope="col">在该节中的含义</th>
                <th scope="col">小节</th>
              </tr>
            </thead>
            <tbody>
              {locals.map((l) => (
                <tr key={`${l.sectionId} ${l.tex}`}>
                  <td dangerouslySetInnerHTML={html(renderTex(l.tex))} />
                  <td dangerouslySetInnerHTML={html(renderMathText(l.meaning))} />
                  <td>
                    <SectionLink id={l.sectionId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
