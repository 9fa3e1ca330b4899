// Required by @next/mdx at the project root; the registry itself lives in components/mdx/.
import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx/registry';

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...mdxComponents, ...components };
}
