/**
 * No invisible troublemakers inside the maths of the chapters. A real TAB where `\t` was meant
 * (`$d_{\text{model}}$` written from a JS string with "\t") turns `\text` into TAB + "ext" and KaTeX
 * silently prints "ext"; zero-width spaces and a BOM break commands the same way. The check reads the
 * raw source of every inline `$…$` and display `$$…$$` node (its bytes, not the parsed value).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { contentFiles, parseMdx } from '../helpers/mdx';

/** U+0000–U+001F except the line feed, DEL, U+200B–U+200F (zero-width and direction marks), BOM. */
const TROUBLE = /[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200F\uFEFF]/u;

function troubleIn(source: string): { line: number; char: string; math: string }[] {
  const found: { line: number; char: string; math: string }[] = [];
  visit(parseMdx(source), (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const raw = source.slice(node.position!.start.offset!, node.position!.end.offset!);
    const m = TROUBLE.exec(raw);
    if (m) {
      found.push({
        line: node.position!.start.line,
        char: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
        math: raw.slice(0, 60),
      });
    }
  });
  return found;
}

describe('maths sources', () => {
  it('the check finds a TAB, a zero-width space and a BOM in inline and display maths', () => {
    const bad = ['$d_{\text{model}}$ 与 $a\u200Bb$', '', '$$', 'x\uFEFF = 1', '$$', '', '$\\text{fine}$'].join('\n');
    expect(troubleIn(bad).map((t) => [t.line, t.char])).toEqual([
      [1, 'U+0009'],
      [1, 'U+200B'],
      [3, 'U+FEFF'],
    ]);
  });

  it('the check leaves a backslash-t command and line breaks in display maths alone', () => {
    expect(troubleIn('$\\theta \\times \\text{a}$\n\n$$\na\n\\\\\nb\n$$\n')).toEqual([]);
  });

  for (const file of contentFiles()) {
    it(`${path.basename(file)}: no control or invisible characters inside $…$ or $$…$$`, () => {
      expect(troubleIn(fs.readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
