/** lib/base-path.mjs (one rule for BASE_PATH, serve --base, NEXT_PUBLIC_BASE_PATH) and lib/paths.ts at the root. */
import { describe, expect, it } from 'vitest';
import { normalizeBase } from '@/lib/base-path.mjs';
import { BASE_PATH, TFJS_WASM_PATH, modelsPath, withBase } from '@/lib/paths';

describe('normalizeBase', () => {
  it('keeps a leading slash and drops trailing ones', () => {
    expect(normalizeBase('')).toBe('');
    expect(normalizeBase('/')).toBe('');
    expect(normalizeBase(' /course/ ')).toBe('/course');
    expect(normalizeBase('/a/b-c_d.e~f')).toBe('/a/b-c_d.e~f');
  });

  it.each(['course', '/cour se', '/a//b', '/x?y', '/x#y', 'https://host/course', '/课程'])('refuses %j, naming the setting', (raw) => {
    expect(() => normalizeBase(raw, '--base')).toThrow(/^--base must look like \/course/);
  });
});

describe('lib/paths.ts without NEXT_PUBLIC_BASE_PATH', () => {
  it('leaves paths at the root', () => {
    expect(BASE_PATH).toBe('');
    expect(withBase('/s/2-1/')).toBe('/s/2-1/');
    expect(TFJS_WASM_PATH).toBe('/tfjs/');
    expect(modelsPath('gpt.json')).toBe('/models/gpt.json');
    expect(() => withBase('s/2-1/')).toThrow(/must start with \//);
  });
});
