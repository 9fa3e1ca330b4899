/**
 * The table of symbols (符号表): one data file, `content/notation.json`, validated here at build time.
 * Each symbol has one meaning book-wide; /notation/ lists them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const notationEntrySchema = z
  .object({
    /** The symbol as KaTeX source, e.g. "\\theta" or "d_{\\text{model}}". */
    tex: z.string().min(1),
    /** What it means, in Chinese. */
    meaning: z.string().min(2),
    /** Its shape or type, e.g. "标量", "向量 ∈ ℝ^d", "矩阵 n×d_k". */
    shape: z.string().min(1),
    /** Id of the heading where the book first uses it. */
    firstUse: z.string().regex(/^[a-z0-9-]+$/),
    /** Heading under which /notation/ groups the symbol. */
    group: z.string().min(1),
  })
  .strict();

export type NotationEntry = z.infer<typeof notationEntrySchema>;

export const NOTATION_FILE = path.join(process.cwd(), 'content', 'notation.json');

/** Validates the table as a whole: each symbol once. */
export function parseNotation(data: unknown, file = 'content/notation.json'): NotationEntry[] {
  const result = z.array(notationEntrySchema).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`${file}: invalid notation table\n${problems}`);
  }
  const seen = new Set<string>();
  for (const e of result.data) {
    if (seen.has(e.tex)) throw new Error(`${file}: the symbol "${e.tex}" is listed twice (one meaning per symbol)`);
    seen.add(e.tex);
  }
  return result.data;
}

/** All symbols, validated (build time only: reads the file system). */
export function loadNotation(file: string = NOTATION_FILE): NotationEntry[] {
  return parseNotation(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
}
