/**
 * The one rule for a base path, shared by next.config.mjs (BASE_PATH at build time), lib/paths.ts
 * (the inlined NEXT_PUBLIC_BASE_PATH) and scripts/serve.mjs (--base): '' for a site at the root of
 * its host, else '/course' — a leading slash, no trailing one, URL-safe characters only.
 * @param {string} raw
 * @param {string} [name] what to call it in the error message
 * @returns {string}
 */
export function normalizeBase(raw, name = 'BASE_PATH') {
  const trimmed = raw.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed) || trimmed.includes('//')) {
    throw new Error(`${name} must look like /course (got "${raw}")`);
  }
  return trimmed;
}
