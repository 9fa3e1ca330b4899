#!/usr/bin/env node
// Copies KaTeX's stylesheet and woff2 fonts from node_modules into public/katex/ (runs before
// `build` and `dev`). Serving them from a fixed address lets chapter pages preload the two fonts
// almost every formula uses, so text with math paints once instead of reflowing when they arrive.
// Only woff2 is kept: every browser that runs the book reads it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('katex/dist/katex.min.css'));
const target = path.resolve('public/katex');

fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(path.join(target, 'fonts'), { recursive: true });

const css = fs
  .readFileSync(path.join(dist, 'katex.min.css'), 'utf8')
  .replace(/,url\(fonts\/[^)]+\.woff\) format\("woff"\),url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, '');
if (/\.ttf|\.woff\)/.test(css)) throw new Error('katex-assets: unexpected @font-face format in katex.min.css');
fs.writeFileSync(path.join(target, 'katex.min.css'), css);

const fonts = fs.readdirSync(path.join(dist, 'fonts')).filter((f) => f.endsWith('.woff2'));
for (const f of fonts) fs.copyFileSync(path.join(dist, 'fonts', f), path.join(target, 'fonts', f));
console.log(`katex-assets: public/katex/ ← katex.min.css and ${fonts.length} woff2 fonts`);
