import { Fragment, type ReactNode } from 'react';

/**
 * A label with its subscripts typeset, as the prose does: 「d_k（每个头的维度）」 → d<sub>k</sub>（每个头的维度）,
 * 「d_model」 → d<sub>model</sub>. Only a single Latin letter (a symbol), an underscore and letters or
 * digits count: API names such as max_tokens or top_p stay as they are.
 */
export function typeset(text: string): ReactNode {
  const parts = text.split(/(?<![A-Za-z])([A-Za-z])_([A-Za-z0-9]+)/);
  if (parts.length === 1) return text;
  const out: ReactNode[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    if (parts[i]) out.push(<Fragment key={i}>{parts[i]}</Fragment>);
    if (i + 2 < parts.length) {
      out.push(
        <Fragment key={`${i}s`}>
          {parts[i + 1]}
          <sub>{parts[i + 2]}</sub>
        </Fragment>,
      );
    }
  }
  return <>{out}</>;
}
