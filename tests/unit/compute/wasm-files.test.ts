/** public/tfjs holds copies of the wasm binaries: they must be the installed version's, byte for byte. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

describe('public/tfjs', () => {
  it.each(FILES)('%s equals node_modules/@tensorflow/tfjs-backend-wasm/dist/%s', (name) => {
    const ours = fs.readFileSync(path.join('public/tfjs', name));
    const theirs = fs.readFileSync(path.join('node_modules/@tensorflow/tfjs-backend-wasm/dist', name));
    expect(ours.length).toBeGreaterThan(100_000);
    expect(ours.equals(theirs)).toBe(true);
  });
});
