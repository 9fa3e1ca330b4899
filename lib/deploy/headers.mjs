/**
 * The security and caching headers of the exported book (docs/deploy.md, "Headers"), computed from
 * the export itself by scripts/headers.mjs after `next build`.
 *
 * Every page's inline <script>s (Next's `self.__next_f.push(…)` payloads, different on each page)
 * are allowed by their SHA-256 hash, so the Content-Security-Policy differs per page; one list of
 * { paths, csp } feeds both outputs, the `_headers` file (Netlify, Cloudflare Pages) and the nginx
 * map that deploy/nginx.conf includes, so the two can never disagree.
 */
import { createHash } from 'node:crypto';

/** Hashed assets (Next's chunks, CSS, fonts it bundles): their names change when their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML: always revalidated, so a new deployment is seen at once. */
export const HTML_CACHE = 'no-cache';
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Script types a browser executes (an absent type is JavaScript); JSON blocks are data, not script. */
const EXECUTED = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The text of every inline script a browser would execute, exactly as it stands between the tags
 * (the bytes a CSP hash covers). Scripts with a src are loaded from 'self' and are not listed.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const found = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (!EXECUTED.has(type)) continue;
    found.push(m[2]);
  }
  return found;
}

/**
 * Inline event handlers (onclick="…") and javascript: URLs cannot be allowed by a script hash
 * without 'unsafe-hashes'; the export must have none. Returns what it finds, for a clear error.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineHandlers(html) {
  const tags = html.replace(/<script(\s[^>]*)?>[\s\S]*?<\/script\s*>/gi, '').replace(/<style(\s[^>]*)?>[\s\S]*?<\/style\s*>/gi, '');
  const found = [...tags.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)].map((m) => m[1]);
  found.push(...[...tags.matchAll(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi)].map((m) => m[0]));
  return found;
}

/**
 * A CSP source expression for a script's text: 'sha256-<base64 of SHA-256 of its UTF-8 bytes>'.
 * @param {string} text
 */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of one response.
 * - Everything from the book's own origin only (`default-src 'self'`); no 'unsafe-eval'.
 * - Scripts: 'self', the page's inline scripts by hash, and 'wasm-unsafe-eval', which lets tfjs's
 *   wasm backend compile its self-hosted binary (WebAssembly.instantiate) and nothing else.
 * - Styles: 'unsafe-inline' as well, because KaTeX writes its layout as style="…" attributes
 *   (thousands per chapter) and CodeMirror injects <style> elements at run time; neither runs code.
 * - frame-ancestors: any site may frame /embed/ pages (that is what they are for), no other page.
 * - `evalWorker`: the code cell's worker only (components/demos/code-cell/cell.worker.ts) compiles
 *   the reader's code with the AsyncFunction constructor, which needs 'unsafe-eval' in the policy of
 *   that worker's own script response; its sandbox (lib/demos/code-cell/sandbox.ts) already hides
 *   every way out of the worker.
 * @param {{ hashes?: string[], embed?: boolean, evalWorker?: boolean }} [options]
 */
export function policy({ hashes = [], embed = false, evalWorker = false } = {}) {
  const script = ["'self'", "'wasm-unsafe-eval'", ...(evalWorker ? ["'unsafe-eval'"] : []), ...hashes];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? '*' : "'self'"}`,
  ].join('; ');
}

/**
 * The URL paths that answer with an exported HTML file (relative to the export folder, with /),
 * under the base path: `a/index.html` → `/course/a/`, `/course/a/index.html`; `404.html` → `/course/404.html`.
 * @param {string} file
 * @param {string} base '' or '/course'
 */
export function htmlPaths(file, base) {
  if (!file.endsWith('.html') || file.startsWith('/')) throw new Error(`htmlPaths: expected a relative .html path (got "${file}")`);
  const full = `${base}/${file}`;
  if (file === 'index.html' || file.endsWith('/index.html')) return [full.slice(0, -'index.html'.length), full];
  return [full];
}

/**
 * One exported HTML page's headers.
 * @param {string} file its path in the export folder
 * @param {string} html its content
 * @param {string} base
 * @returns {{ paths: string[], csp: string, cache: string }}
 */
export function pageHeaders(file, html, base) {
  const handlers = inlineHandlers(html);
  if (handlers.length > 0) throw new Error(`${file} has inline handlers a script hash cannot allow: ${handlers.slice(0, 5).join(', ')}`);
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  const embed = file.startsWith('embed/');
  return { paths: htmlPaths(file, base), csp: policy({ hashes, embed }), cache: HTML_CACHE };
}

/**
 * The `_headers` file (https://docs.netlify.com/routing/headers/, Cloudflare Pages the same): the
 * headers every response shares on `/*`, a year's immutable cache on the hashed assets, and each
 * page's own CSP. Both hosts join the values of a header named by several matching rules, so the
 * CSP and Cache-Control appear only in rules that cannot overlap. A page is named once, by its
 * first path (`/a/`, not `/a/index.html`, which Cloudflare Pages redirects to `/a/`): Cloudflare
 * reads at most 100 rules (CLOUDFLARE_RULES).
 * @param {{ paths: string[], csp: string, cache?: string }[]} rules
 * @param {string} base
 */
export function renderHeaders(rules, base) {
  const lines = [
    '# Generated by scripts/headers.mjs after `next build`; see docs/deploy.md. Do not edit.',
    `${base}/*`,
    '  X-Content-Type-Options: nosniff',
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    `${base}/_next/static/*`,
    `  Cache-Control: ${IMMUTABLE}`,
  ];
  for (const rule of rules) {
    lines.push(rule.paths[0], `  Content-Security-Policy: ${rule.csp}`);
    if (rule.cache) lines.push(`  Cache-Control: ${rule.cache}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The most rules a `_headers` file may hold on Cloudflare Pages (Netlify has no such limit). */
export const CLOUDFLARE_RULES = 100;

/** A value in double quotes for nginx (the policies hold no double quote or backslash; checked). */
function nginxString(value) {
  if (/["\\$]/.test(value)) throw new Error(`cannot quote for nginx: ${value}`);
  return `"${value}"`;
}

/**
 * The nginx include (http level) that deploy/nginx.conf reads: a map from the request's $uri to
 * its CSP. Any other response (scripts, styles, fonts, wasm, the 404 page) gets `fallback`.
 * @param {{ paths: string[], csp: string }[]} rules
 * @param {string} fallback
 */
export function renderNginxMap(rules, fallback) {
  const lines = [
    '# Generated by scripts/headers.mjs after `next build`; see docs/deploy.md and deploy/nginx.conf.',
    '# Include it in the http block (before the server). Do not edit: rebuild.',
    'map_hash_bucket_size 128;',
    'map $uri $book_csp {',
    `    default ${nginxString(fallback)};`,
  ];
  for (const rule of rules) for (const p of rule.paths) lines.push(`    ${nginxString(p)} ${nginxString(rule.csp)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
