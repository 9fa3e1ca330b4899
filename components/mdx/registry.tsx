import type { MDXComponents } from 'mdx/types';
import { Anchor } from './Anchor';
import { H2, H3, H4 } from './Heading';
import { Answer, Callout, Erratum, Exercise } from './Boxes';
import { Pre, Table } from './Table';
import { DemoFigure } from './DemoFigure';

/**
 * Every component an MDX chapter may use. A unit test fails if content/ uses a capitalised tag
 * that is not listed here.
 */
export const mdxComponents = {
  a: Anchor,
  h2: H2,
  h3: H3,
  h4: H4,
  table: Table,
  pre: Pre,
  Erratum,
  Callout,
  Exercise,
  Answer,
  Demo: DemoFigure,
} satisfies MDXComponents;
