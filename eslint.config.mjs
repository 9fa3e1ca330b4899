import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'out-basepath/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'tests/browser/harness/dist/**', 'public/**']),
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  {
    // lib/ is the pure engine: no React, no DOM-only frameworks.
    files: ['lib/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next', 'next/*', '@/components/*'] }],
    },
  },
]);
