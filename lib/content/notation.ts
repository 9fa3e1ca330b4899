/**
 * The table of symbols (符号表): one data file, `content/notation.json`, validated here at build time.
 * Each symbol has one meaning book-wide; /notation/ lists them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from '@/lib/zod';
import { formatProblems } from './problems';

/** Text without control characters (a stray "\t" from an unescaped "\text" once broke a formula). */
const text = (min: number) =>
  z
    .string()
    .min(min)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'contains a control character (an unescaped backslash?)' });

export const notationEntrySchema = z
  .object({
    /** The symbol as KaTeX source, e.g. "\\theta" or "d_{\\text{model}}". */
    tex: text(1),
    /** What it means, in Chinese (may contain inline math in $…$). */
    meaning: text(2),
    /** Its shape or type, e.g. "标量", "向量 $\\in \\mathbb{R}^N$", "矩阵 $n \\times d_k$". */
    shape: text(1),
    /** Id of the heading where the book first uses it (in reading order, leaving out local uses). */
    firstUse: z.string().regex(/^[a-z0-9-]+$/),
    /** Heading under which /notation/ groups the symbol. */
    group: text(1),
    /** Optional remark: conventions, other papers' letters, related forms. */
    note: text(2).optional(),
  })
  .strict();

export type NotationEntry = z.infer<typeof notationEntrySchema>;

export const NOTATION_FILE = path.join(process.cwd(), 'content', 'notation.json');

/** Validates the table as a whole: each symbol once. */
export function parseNotation(data: unknown, file = 'content/notation.json'): NotationEntry[] {
  const result = z.array(notationEntrySchema).safeParse(data);
  if (!result.success) {
    const problems = formatProblems(result.error);
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

/**
 * Local symbols: a letter that one section uses with a meaning of its own, defined where it is
 * used (the intermediate e of a computation graph, the permutation P of one exercise). Keyed by
 * section id, then by the symbol as the tokenizer names it (lib/content/symbols.ts).
 */
export const localSymbolsSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.record(z.string().min(1), text(2)));
export type LocalSymbols = z.infer<typeof localSymbolsSchema>;

export const LOCAL_SYMBOLS_FILE = path.join(process.cwd(), 'content', 'notation-local.json');

export function parseLocalSymbols(data: unknown, file = 'content/notation-local.json'): LocalSymbols {
  const result = localSymbolsSchema.safeParse(data);
  if (!result.success) {
    const problems = formatProblems(result.error);
    throw new Error(`${file}: invalid list of local symbols\n${problems}`);
  }
  return result.data;
}

/** The local symbols, validated (build time only). */
export function loadLocalSymbols(file: string = LOCAL_SYMBOLS_FILE): LocalSymbols {
  return parseLocalSymbols(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
}

/**
 * The element id of a symbol's row on /notation/: "sym-" and the symbol's TeX reduced to ASCII
 * letters, digits and hyphens, case kept (N and n are different symbols): \theta → sym-theta,
 * d_{\text{model}} → sym-d-model, W^{Q} → sym-W-Q, \hat{m} → sym-hat-m.
 */
export function symbolId(tex: string): string {
  const slug = tex
    .replace(/\\(text|mathrm|operatorname)\{([^}]*)\}/g, '$2')
    .replace(/\\/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sym-${slug || 'symbol'}`;
}
