/**
 * scripts/serve.mjs, the static server `npm start` and Playwright use: it survives malformed
 * requests (400, then keeps serving), and with --base /course serves the folder under that prefix
 * only. Each server runs as a child process on a free port (--port 0) over a small fixture folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVE = path.resolve('scripts/serve.mjs');

type Answer = { status: number; body: string; location?: string };

/** A raw GET: the path goes on the request line exactly as given (fetch would not send every malformed one). */
function get(port: number, rawPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }));
    });
    req.on('error', reject);
  });
}

/** Starts the server; resolves with its port once it prints the line naming it. */
function start(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [SERVE, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 10_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/http:\/\/localhost:(\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      resolve({ child, port: Number(m[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}): ${out}`));
    });
  });
}

let dir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.writeFileSync(path.join(dir, 'index.html'), 'home page');
  fs.mkdirSync(path.join(dir, 'chapter'));
  fs.writeFileSync(path.join(dir, 'chapter', 'index.html'), 'chapter page');
  fs.writeFileSync(path.join(dir, '404.html'), 'not found page');
});

afterAll(() => {
  for (const child of children) child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function server(args: string[]) {
  const s = await start(['--dir', dir, ...args]);
  children.push(s.child);
  return s;
}

describe('serve.mjs', () => {
  it('answers a malformed path with 400 and keeps serving', async () => {
    const { child, port } = await server([]);
    expect(await get(port, '/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(await get(port, '/chapter/%00')).toMatchObject({ status: 400 });
    expect(child.exitCode).toBeNull();
    expect(await get(port, '/chapter/')).toEqual({ status: 200, body: 'chapter page', location: undefined });
    expect(await get(port, '/')).toMatchObject({ status: 200, body: 'home page' });
  });

  it('answers an unknown path with 404.html, and never serves outside its folder', async () => {
    const { port } = await server([]);
    expect(await get(port, '/nowhere/')).toEqual({ status: 404, body: 'not found page', location: undefined });
    expect(await get(port, '/../../etc/passwd')).toMatchObject({ status: 404, body: 'not found page' });
    expect(await get(port, '/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ status: 404, body: 'not found page' });
  });

  it('serves under --base /course only: / redirects there, other paths are 404', async () => {
    const { child, port } = await server(['--base', '/course/']);
    expect(await get(port, '/course/chapter/')).toMatchObject({ status: 200, body: 'chapter page' });
    expect(await get(port, '/course/')).toMatchObject({ status: 200, body: 'home page' });
    expect(await get(port, '/')).toMatchObject({ status: 302, location: '/course/' });
    expect(await get(port, '/course')).toMatchObject({ status: 302, location: '/course/' });
    expect(await get(port, '/chapter/')).toMatchObject({ status: 404 });
    expect(await get(port, '/coursework/')).toMatchObject({ status: 404 });
    expect(await get(port, '/course/nowhere/')).toMatchObject({ status: 404, body: 'not found page' });
    expect(await get(port, '/course/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(child.exitCode).toBeNull();
    expect(await get(port, '/course/chapter/')).toMatchObject({ status: 200, body: 'chapter page' });
  });

  it('refuses a --base that is not a path', async () => {
    await expect(start(['--dir', dir, '--base', 'course x'])).rejects.toThrow(/--base must look like \/course/);
  });
});
