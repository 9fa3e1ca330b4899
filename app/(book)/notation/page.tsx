import type { Metadata } from 'next';
import { KatexAssets } from '@/components/mdx/KatexAssets';
import { StaticBody } from '@/components/layout/StaticBody';

export const metadata: Metadata = { title: '符号表', description: '书中每个数学符号的含义、形状和首次出现的位置；每个符号在全书只有一种含义。' };

/** `/notation/`: the table of symbols (components/notation/NotationBody.tsx), sent once as HTML. */
export default async function Notation() {
  return (
    <main id="main" className="home">
      {/* The introduction's 𝒟 (\mathcal) is on the first screen. */}
      <KatexAssets moreFonts={['KaTeX_Caligraphic-Regular']} />
      <StaticBody name="notation" className="prose notation" />
    </main>
  );
}
