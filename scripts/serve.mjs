#!/usr/bin/env node
// A small static file server for the exported site (out/) or any folder, with no dependencies.
// Usage: node scripts/serve.mjs [--dir out] [--port 3000] [--host 127.0.0.1] [--base /course]
// Resolves /a/b to /a/b, /a/b.html or /a/b/index.html; unknown paths get 404.html with status 404.
// --base /course serves the folder under that prefix, as a host would serve a book built with
// `BASE_PATH=/course npm run build`: / redirects to /course/, any other path outside it is a 404.
// A malformed request (bad percent-encoding, a NUL byte) gets 400 and the server keeps running.
// --port 0 picks a free port; the line printed on start names the one chosen.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { normalizeBase } from '../lib/base-path.mjs';
import { parseArgs } from './cli.mjs';

const args = parseArgs();
const root = path.resolve(args.dir ?? 'out');
const port = Number(args.port ?? process.env.PORT ?? 3000);
const host = args.host ?? '127.0.0.1';
const base = baseFromArgs(args.base ?? '');

function baseFromArgs(raw) {
  try {
    return normalizeBase(raw, '--base');
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  }
}

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

/** The file for a decoded, base-relative path, or null. */
function resolveFile(decodedPath) {
  const clean = path.normalize(decodedPath).replace(/^(\.\.[/\\])+/, '');
  const target = path.join(root, clean);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  for (const candidate of [target, `${target}.html`, path.join(target, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return null;
}

/**
 * What a request path asks for: { path } relative to the base, { redirect } to the base, or
 * { status: 400 | 404 } (malformed, or outside the base).
 */
function route(rawUrl) {
  let pathname;
  try {
    pathname = new URL(rawUrl ?? '/', 'http://x').pathname;
  } catch {
    return { status: 400 };
  }
  if (base) {
    if (pathname === '/' || pathname === base) return { redirect: `${base}/` };
    if (!pathname.startsWith(`${base}/`)) return { status: 404 };
    pathname = pathname.slice(base.length);
  }
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  return { path: decoded, immutable: pathname.startsWith('/_next/static/') };
}

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run "npm run build" first.`);
  process.exit(1);
}

function serve(req, res) {
  const r = route(req.url);
  if (r.redirect) {
    res.writeHead(302, { location: r.redirect, 'content-type': 'text/plain' }).end(`see ${r.redirect}`);
    return;
  }
  if (r.status === 400) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  const file = r.path === undefined ? null : resolveFile(r.path);
  const notFound = path.join(root, '404.html');
  const target = file ?? (fs.existsSync(notFound) ? notFound : null);
  if (!target) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    'cache-control': file && r.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['content-encoding'] = 'gzip';
  const body = gzip ? gzipped(target) : null; // read before the head is sent, so a failure can still be a 500
  res.writeHead(file ? 200 : 404, headers);
  if (req.method === 'HEAD') res.end();
  else if (body) res.end(body);
  else
    fs.createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
}

const server = http.createServer((req, res) => {
  try {
    serve(req, res);
  } catch (error) {
    // A file removed while being served, or anything unforeseen: answer, and keep serving.
    console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
  }
});
server
  .on('clientError', (_error, socket) => {
    // A request line Node cannot parse at all: answer 400 on the socket (Node's default, made explicit).
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  })
  .listen(port, host, () => {
    const shown = host === '127.0.0.1' ? 'localhost' : host;
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${shown}:${server.address().port}${base}/`);
  });
