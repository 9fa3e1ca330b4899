import { StaticBody } from '@/components/layout/StaticBody';
import { KatexAssets } from './KatexAssets';

/** Where a chapter's prose goes: sent once, as HTML (components/layout/StaticBody.tsx). */
export function ChapterBody({ slug }: { slug: string }) {
  return (
    <>
      <KatexAssets />
      <StaticBody name={slug} className="mdx" />
    </>
  );
}
