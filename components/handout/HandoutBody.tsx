import type { ComponentProps, ReactNode } from 'react';
import { chapterBySlug } from '@/lib/content/loader';
import { chapterHref, chapterLabel } from '@/lib/content/book';
import { withBase } from '@/lib/paths';
import { mdxComponents } from '@/components/mdx/registry';
import { Anchor } from '@/components/mdx/Anchor';

/** The static body name of a chapter's handout (components/mdx/static-html.tsx): its page is /exercises/<slug>/. */
export const HANDOUT_PREFIX = 'exercises-';

/**
 * The HTML of a chapter's exercise sheet (/exercises/<slug>/): each <Exercise> of the chapter,
 * numbered, with its statement as the chapter renders it (the same MDX components, so the same
 * KaTeX HTML), a space to write, the link to the section it comes from, and its answer. The answers
 * are always in the HTML and hidden by CSS; the page shows them for ?answers=1 (HandoutToolbar).
 */
export async function renderHandout(slug: string): Promise<string> {
  const chapter = chapterBySlug(slug);
  if (!chapter) throw new Error(`renderHandout: no chapter "${slug}"`);
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const { renderToStaticMarkup } = await import('react-dom/server');

  // First pass: render the chapter once, only to collect each exercise's title and content (React
  // elements, not yet rendered). The rest of the chapter's output is dropped.
  const found: { title?: string; body: ReactNode }[] = [];
  const components = {
    ...mdxComponents,
    a: (props: ComponentProps<'a'>) => <HandoutAnchor slug={slug} {...props} />,
    Exercise: ({ title, children }: { title?: string; children: ReactNode }) => {
      found.push({ title, body: children });
      return null;
    },
    Answer: HandoutAnswer,
  };
  renderToStaticMarkup(<Content components={components} />);
  if (found.length !== chapter.exercises.length) {
    throw new Error(`renderHandout: ${chapter.file} rendered ${found.length} exercises, the loader counted ${chapter.exercises.length}`);
  }

  return renderToStaticMarkup(
    <>
      {found.map(({ title, body }, i) => {
        const n = i + 1;
        const section = chapter.headings.find((h) => h.id === chapter.exercises[i].sectionId)!;
        const href = withBase(chapterHref(chapter, section.id));
        return (
          <section key={n} className="handout-exercise" aria-labelledby={`exercise-${n}`}>
            <h2 id={`exercise-${n}`} className="handout-exercise-title">
              <span className="handout-number">练习 {n}</span>
              {title ? `：${title}` : null}
            </h2>
            <div className="handout-statement">{body}</div>
            <div className="handout-space" aria-hidden="true" />
            <p className="handout-source">
              出处：<a href={href}>{`${chapterLabel(chapter)} ${chapter.title} · ${section.title}`}</a>
              <span className="handout-source-url" data-href={href}>
                {href}
              </span>
            </p>
          </section>
        );
      })}
    </>,
  );
}

/**
 * A link in an exercise. `#anchor` points into the chapter, which is another page here; site paths
 * get the base path as in the chapter (components/mdx/Anchor.tsx).
 */
function HandoutAnchor({ slug, href, ...rest }: ComponentProps<'a'> & { slug: string }) {
  const inChapter = typeof href === 'string' && href.startsWith('#');
  return <Anchor href={inChapter ? `/${slug}/${href}` : href} {...rest} />;
}

/** The answer, hidden unless the page is the instructor's copy (?answers=1). */
function HandoutAnswer({ children }: { children: ReactNode }) {
  return (
    <div className="handout-answer">
      <p className="handout-answer-title">答案</p>
      {children}
    </div>
  );
}
