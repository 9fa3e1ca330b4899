import { BookLink } from '@/components/layout/BookLink';
import { loadGlossary, type GlossaryEntry } from '@/lib/content/glossary';
import { locate } from '@/lib/content/loader';
import { chapterHref, chapterLabel } from '@/lib/content/book';

/** The glossary's groups in the order the entries first name them (the data file's order). */
function groups(entries: GlossaryEntry[]): [string, GlossaryEntry[]][] {
  const byGroup = new Map<string, GlossaryEntry[]>();
  for (const e of entries) byGroup.set(e.group, [...(byGroup.get(e.group) ?? []), e]);
  return [...byGroup];
}

const groupId = (i: number) => `glossary-group-${i + 1}`;

/** The glossary's body: every term, grouped; `#term-<id>` is each entry's permanent address. */
export function GlossaryBody() {
  const entries = loadGlossary();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const grouped = groups(entries);
  return (
    <>
      <h1>术语表</h1>
      <p>
        全书的 {entries.length} 个术语，每个概念只用一个中文名。英文名和缩写列在后面；点「见」可跳到正文中讲它的那一节。
        章节正文里，每一节第一次出现的术语都链接到这里。
      </p>
      <nav aria-label="术语分组">
        <ul className="glossary-groups">
          {grouped.map(([name, list], i) => (
            <li key={name}>
              <a href={`#${groupId(i)}`}>{name}</a>（{list.length}）
            </li>
          ))}
        </ul>
      </nav>
      {grouped.map(([name, list], i) => (
        <section key={name} aria-labelledby={groupId(i)}>
          <h2 id={groupId(i)}>{name}</h2>
          <dl className="glossary-list">
            {list.map((e) => {
              const where = locate(e.section);
              return (
                <div key={e.id} id={`term-${e.id}`} className="glossary-entry">
                  <dt>
                    <span className="glossary-zh">{e.zh}</span>
                    {names(e).length > 0 && <span className="glossary-en" lang="en">{names(e).join(' · ')}</span>}
                  </dt>
                  <dd>
                    <p>{e.definition}</p>
                    <p className="glossary-meta">
                      {where && (
                        <>
                          见{' '}
                          <BookLink href={chapterHref(where.chapter, e.section)}>
                            {chapterLabel(where.chapter)} {where.heading.title}
                          </BookLink>
                        </>
                      )}
                      {e.related.length > 0 && (
                        <>
                          {where && '；'}相关：
                          {e.related.map((r, k) => (
                            <span key={r}>
                              {k > 0 && '、'}
                              <a href={`#term-${r}`}>{byId.get(r)?.zh}</a>
                            </span>
                          ))}
                        </>
                      )}
                    </p>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

/** The entry's English name and abbreviation, each once ("softmax", not "softmax · softmax"). */
function names(e: GlossaryEntry): string[] {
  return [e.en, e.abbr].filter((x, i, all): x is string => Boolean(x) && x !== e.zh && all.indexOf(x) === i);
}
