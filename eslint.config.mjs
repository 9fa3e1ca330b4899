import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const ZOD = { name: 'zod', message: "Import z from '@/lib/zod' (set up for the Content-Security-Policy)." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'out-basepath/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'tests/browser/harness/dist/**', 'public/**']),
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  {
    // zod is configured for the Content-Security-Policy in lib/zod.ts (jitless: no Function probe).
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD] }] },
  },
  {
    // lib/ is the pure engine: no React, no DOM-only frameworks.
    files: ['lib/**/*.{ts,mjs}'],
    ignores: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ZOD], patterns: ['react', 'react-dom', 'next', 'next/*', '@/components/*'] }],
    },
  },
]);
