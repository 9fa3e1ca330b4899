/**
 * Every path of the site comes from here, so that the exported book works under any prefix
 * (`BASE_PATH=/course npm run build` → https://host/course/). Next's `basePath` (next.config.mjs)
 * prefixes its own chunks; everything else — links between pages (BookLink), assets fetched by code
 * (tfjs wasm binaries, model weights, the search index), plain `<a>`/`<link>` tags, URLs copied for sharing —
 * goes through `withBase`.
 */

import { normalizeBase } from './base-path.mjs';

export { normalizeBase };

/** '' for a site at the root of its host, else '/course' (no trailing slash). Inlined at build time. */
export const BASE_PATH: string = normalizeBase(inlinedBase());

/**
 * Next replaces `process.env.NEXT_PUBLIC_BASE_PATH` with its value at build time. Outside Next (the
 * compute harness built with Vite, an instructor's own page) there may be no `process` at all:
 * then the site is at the root.
 */
function inlinedBase(): string {
  try {
    return process.env.NEXT_PUBLIC_BASE_PATH ?? '';
  } catch {
    return '';
  }
}

/** `withBase('/tfjs/')` → '/course/tfjs/'. The path must start with '/'. */
export function withBase(path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase: "${path}" must start with /`);
  return `${BASE_PATH}${path}`;
}

/** Where the tfjs wasm binaries are served (public/tfjs/). */
export const TFJS_WASM_PATH = withBase('/tfjs/');
/** The shipped mini models' manifests and weights (public/models/). */
export const modelsPath = (file: string) => withBase(`/models/${file}`);
