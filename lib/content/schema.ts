import { z } from '@/lib/zod';
import { sectionByNumber } from './sections';
import { formatProblems } from './problems';

/** The frontmatter every chapter in `content/` must carry. */
export const frontmatterSchema = z
  .object({
    title: z.string().min(1, 'title is empty'),
    chapter: z.number().int().min(1).max(99),
    sections: z
      .array(
        z.string().refine((n) => sectionByNumber(n) !== undefined, {
          message: 'not a section number of the document (e.g. "2.1", "1.2.1", "Q1")',
        }),
      )
      .min(1, 'a chapter covers at least one section of the document'),
    summary: z.string().min(10, 'summary is too short').max(200, 'summary is too long (max 200)'),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Validates raw frontmatter; the error names the file and every problem found. */
export function parseFrontmatter(data: unknown, path: string): Frontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = formatProblems(result.error);
  throw new Error(`${path}: invalid frontmatter\n${problems}`);
}
