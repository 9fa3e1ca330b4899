/** Builds the browser harness: a bare page that exposes lib/compute on window.harness. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(root, '../../..');

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  resolve: { alias: { '@': repo } },
  // serves public/tfjs/*.wasm at /tfjs/, as the site does
  publicDir: path.join(repo, 'public'),
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
