/** lib/compute stays a pure engine: no DOM globals, no Math.random, no sync GPU reads, lazy tfjs. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'lib/compute';
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
/** Source without comments, so documentation may mention what the code must not do. */
const code = (f: string) => fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const SOURCES = files(ROOT).filter((f) => f.endsWith('.ts'));

describe('lib/compute', () => {
  it('has small files', () => {
    expect(SOURCES.length).toBeGreaterThan(15);
    for (const f of SOURCES) expect(fs.readFileSync(f, 'utf8').split('\n').length, f).toBeLessThanOrEqual(250);
  });

  it.each(SOURCES)('%s touches no window/document, never Math.random or dataSync, never the tfjs union package', (f) => {
    const src = code(f);
    expect(src).not.toMatch(/\b(window|document|localStorage|location)\./);
    expect(src).not.toMatch(/Math\.random|dataSync|arraySync/);
    expect(src).not.toMatch(/from ['"](react|react-dom|next)(\/|['"])/);
    expect(src).not.toMatch(/['"]@tensorflow\/tfjs['"]/);
  });

  it('loads tfjs lazily: the light entry points import tfjs only as types or with import()', () => {
    const light = [path.join(ROOT, 'index.ts'), ...SOURCES.filter((f) => f.startsWith(path.join(ROOT, 'backend')))];
    for (const f of light) {
      const statics = [...code(f).matchAll(/^import (?!type)[^;]*from ['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(statics.filter((s) => s.startsWith('@tensorflow/')), f).toEqual([]);
      // lib/paths.ts (the site's base path, a few constants) is the one module outside allowed.
      expect(statics.filter((s) => s.includes('maths') || (s.startsWith('../') && s !== '../../paths')), f).toEqual([]);
    }
  });
});
