import createMDX from '@next/mdx';
import { remarkPluginNames, rehypePluginNames } from './lib/mdx/plugins.mjs';

// Turbopack only accepts remark/rehype plugins given by name (strings), hence the shared list.
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins: remarkPluginNames, rehypePlugins: rehypePluginNames },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (tsc over the whole project) in CI.
  typescript: { ignoreBuildErrors: true },
};

export default withMDX(nextConfig);
