import type { ReactNode } from 'react';

/**
 * 勘误: a visible correction of the source document. `said` quotes what the document says;
 * the children say what is right and why.
 */
export function Erratum({ said, children }: { said: string; children: ReactNode }) {
  return (
    <div className="box erratum" role="note">
      <p className="box-title">勘误</p>
      <p className="erratum-said">
        <span className="erratum-label">原文：</span>
        {said}
      </p>
      <div className="erratum-fix">{children}</div>
    </div>
  );
}

const CALLOUT_TITLES = { intuition: '直觉', note: '注意', tip: '提示', history: '背景' } as const;

/** A side box for intuition, caveats, tips or history. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof CALLOUT_TITLES;
  title?: string;
  children: ReactNode;
}) {
  return (
    <div className={`box callout callout-${kind}`} role="note">
      <p className="box-title">{title ?? CALLOUT_TITLES[kind]}</p>
      {children}
    </div>
  );
}

/** An exercise. Put its <Answer> inside; the answer stays closed until the reader opens it. */
export function Exercise({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="box exercise">
      <p className="box-title">练习{title ? `：${title}` : ''}</p>
      {children}
    </div>
  );
}

/** The answer to an exercise, in a native <details>: opens on demand, with or without JavaScript. */
export function Answer({ children }: { children: ReactNode }) {
  return (
    <details className="answer">
      <summary>查看答案</summary>
      <div className="answer-body">{children}</div>
    </details>
  );
}
