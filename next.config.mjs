import createMDX from '@next/mdx';
import { remarkPluginNames, rehypePluginNames } from './lib/mdx/plugins.mjs';
import { normalizeBase } from './lib/base-path.mjs';

/**
 * BASE_PATH=/course builds the book for https://host/course/ (docs/deploy.md). Read once, here:
 * Next prefixes its chunks with `basePath`, and every other path in the code comes
 * from lib/paths.ts, which reads the same value as NEXT_PUBLIC_BASE_PATH (inlined at build time).
 */
const basePath = normalizeBase(process.env.BASE_PATH ?? '');

/**
 * EXPORT_DIR=out-basepath writes the export there instead of out/ (scripts/build-basepath.mjs).
 * With `output: 'export'`, a custom distDir names the export folder; the build itself stays in .next.
 */
const exportDir = (process.env.EXPORT_DIR ?? '').trim();
if (exportDir && !/^[A-Za-z0-9._-]+$/.test(exportDir)) throw new Error(`EXPORT_DIR must be a folder name such as out-basepath (got "${exportDir}")`);

// Turbopack only accepts remark/rehype plugins given by name (strings), hence the shared list.
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins: remarkPluginNames, rehypePlugins: rehypePluginNames },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  ...(exportDir && exportDir !== 'out' ? { distDir: exportDir } : {}),
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (tsc over the whole project) in CI.
  typescript: { ignoreBuildErrors: true },
};

export default withMDX(nextConfig);
