/**
 * The style sheets are well formed. A merge once dropped one closing brace in app/globals.css: the
 * browser then read every later rule (the search box, the table of symbols) as nested inside the
 * open block, and silently ignored them. Brace balance, outside comments and strings, catches that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return cssFiles(p);
    return e.name.endsWith('.css') ? [p] : [];
  });
}

/** The first line where a block closes that was never opened, or where the file ends inside a block. */
export function unbalanced(css: string): string | null {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, '""');
  let depth = 0;
  let opened = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const ch of lines[i]) {
      if (ch === '{') {
        if (depth === 0) opened = i + 1;
        depth++;
      } else if (ch === '}' && --depth < 0) return `line ${i + 1}: "}" closes nothing`;
    }
    // A rule that starts at the first column while a block is open is a rule swallowed by it.
    if (depth > 0 && /^[.#a-z:[*]/i.test(lines[i + 1] ?? '') && !/^\s/.test(lines[i + 1])) {
      return `line ${i + 2}: a top-level rule inside the block opened on line ${opened}`;
    }
  }
  return depth === 0 ? null : `the block opened on line ${opened} is never closed`;
}

describe('style sheets', () => {
  const files = [...cssFiles(path.join(process.cwd(), 'app')), ...cssFiles(path.join(process.cwd(), 'components'))];

  it('are found', () => expect(files.length).toBeGreaterThan(3));

  for (const file of files) {
    it(`${path.relative(process.cwd(), file)}: every block is closed where it should be`, () => {
      expect(unbalanced(fs.readFileSync(file, 'utf8'))).toBeNull();
    });
  }

  it('the check catches a missing brace and a stray one', () => {
    expect(unbalanced('.a {\n  color: red;\n\n.b {\n  color: blue;\n}\n')).toMatch(/top-level rule/);
    expect(unbalanced('.a {\n  color: red;\n')).toMatch(/never closed/);
    expect(unbalanced('.a { color: red; }\n}\n')).toMatch(/closes nothing/);
    expect(unbalanced('@media (max-width: 40rem) {\n  .a {\n    color: red;\n  }\n}\n/* { */\n.b { content: "}"; }\n')).toBeNull();
  });
});
