#!/usr/bin/env node
// Copies the two license files into public/licenses/ (runs before `build` and `dev`), so the footer
// can link to them on the site itself: LICENSE (MIT, the code) and LICENSE-TEXT.md (CC BY-SA 4.0, the
// text). The repository root keeps the originals, where GitHub and package tools look for them.
import fs from 'node:fs';
import path from 'node:path';

const target = path.resolve('public/licenses');
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
const files = [
  ['LICENSE', 'LICENSE.txt'],
  ['LICENSE-TEXT.md', 'LICENSE-TEXT.txt'],
];
for (const [from, to] of files) {
  if (!fs.existsSync(from)) throw new Error(`license-files: ${from} is missing at the repository root`);
  fs.copyFileSync(from, path.join(target, to));
}
console.log('license-files: public/licenses/ ← LICENSE.txt, LICENSE-TEXT.txt');
