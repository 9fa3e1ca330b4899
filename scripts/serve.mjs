#!/usr/bin/env node
// A small static file server for the exported site (out/) or any folder, with no dependencies.
// Usage: node scripts/serve.mjs [--dir out] [--port 3000] [--host 127.0.0.1]
// Resolves /a/b to /a/b, /a/b.html or /a/b/index.html; unknown paths get 404.html with status 404.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const root = path.resolve(args.dir ?? 'out');
const port = Number(args.port ?? process.env.PORT ?? 3000);
const host = args.host ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg)/;
const gzipCache = new Map(); // path → { mtimeMs, body }

/** The file gzip-compressed, cached until it changes on disk (pages are rebuilt while serving). */
function gzipped(file) {
  const { mtimeMs } = fs.statSync(file);
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = zlib.gzipSync(fs.readFileSync(file));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

function resolveFile(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return null;
}

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run "npm run build" first.`);
  process.exit(1);
}

http
  .createServer((req, res) => {
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const file = resolveFile(pathname);
    const notFound = path.join(root, '404.html');
    const target = file ?? (fs.existsSync(notFound) ? notFound : null);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const immutable = pathname.startsWith('/_next/static/');
    const headers = {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(file ? 200 : 404, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (gzip) res.end(gzipped(target));
    else fs.createReadStream(target).pipe(res);
  })
  .listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
  });
