import type { Metadata } from 'next';
import { StaticBody } from '@/components/layout/StaticBody';
import '@/components/glossary/glossary.css';

export const metadata: Metadata = { title: '术语表', description: '书中每个术语的中文名、英文名、缩写和一两句话的定义，并链接到讲它的那一节。' };

/** `/glossary/`: every term (components/glossary/GlossaryBody.tsx), sent once as HTML. */
export default async function Glossary() {
  return (
    <main id="main" className="home">
      <StaticBody name="glossary" className="prose glossary" />
    </main>
  );
}
