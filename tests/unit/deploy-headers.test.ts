/**
 * The security headers generator (lib/deploy/headers.mjs, run by scripts/headers.mjs after the
 * build): script hashes agree with Node's crypto on the exact text between the tags, a changed
 * script changes its hash, and the page policies, `_headers` and nginx map carry the base path.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlPaths, inlineHandlers, inlineScripts, pageHeaders, policy, renderHeaders, renderNginxMap, scriptHash } from '@/lib/deploy/headers.mjs';

const fixture = fs.readFileSync('tests/unit/fixtures/csp-page.html', 'utf8');
const nodeHash = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

describe('inline scripts and their hashes', () => {
  test('only executed inline scripts are listed, with their exact text (no src, no JSON data block)', () => {
    const scripts = inlineScripts(fixture);
    expect(scripts).toHaveLength(4);
    expect(scripts[0]).toBe('document.documentElement.dataset.theme=localStorage.getItem("theme")||"light"');
    expect(scripts[2]).toBe('self.__next_f.push([1,"中文 \\u003c/p\\u003e"])');
    expect(scripts.some((s) => s.includes('@type'))).toBe(false);
  });

  test('a hash equals Node’s SHA-256 of the script’s UTF-8 bytes, in base64', () => {
    const [, , payload] = inlineScripts(fixture);
    expect(scriptHash(payload)).toBe(nodeHash(payload));
    expect(scriptHash(payload)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  test('a changed script changes its hash, and the page policy follows', () => {
    const changed = fixture.replace('push([0])', 'push([1])');
    const before = pageHeaders('a/index.html', fixture, '').csp;
    const after = pageHeaders('a/index.html', changed, '').csp;
    expect(after).not.toBe(before);
    expect(after).toContain(nodeHash('(self.__next_f=self.__next_f||[]).push([1])'));
    expect(before).not.toContain(nodeHash('(self.__next_f=self.__next_f||[]).push([1])'));
  });

  test('inline handlers and javascript: URLs are found (a hash cannot allow them), scripts are not', () => {
    expect(inlineHandlers(fixture)).toEqual([]);
    expect(inlineHandlers('<button onclick="go()">x</button><a href="javascript:void 0">y</a>')).toEqual(['onclick', 'href="javascript:']);
    expect(() => pageHeaders('b/index.html', '<img src="x" onerror="alert(1)">', '')).toThrow(/onerror/);
  });
});

describe('policies', () => {
  const csp = (text: string) => new Map(text.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  test('same origin only, no unsafe-eval, wasm compilation, every inline script by hash', () => {
    const page = csp(pageHeaders('a/index.html', fixture, '').csp);
    expect(page.get('default-src')).toEqual(["'self'"]);
    expect(page.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...inlineScripts(fixture).map(nodeHash)]);
    expect(page.get('frame-ancestors')).toEqual(["'self'"]);
    expect(page.get('object-src')).toEqual(["'none'"]);
  });

  test('embed pages may be framed by anyone; the code cell worker alone gets unsafe-eval', () => {
    expect(csp(pageHeaders('embed/trainer/index.html', fixture, '').csp).get('frame-ancestors')).toEqual(['*']);
    expect(csp(policy({ evalWorker: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(csp(policy()).get('script-src')).not.toContain("'unsafe-eval'");
  });

  test('paths carry the base path', () => {
    expect(htmlPaths('index.html', '')).toEqual(['/', '/index.html']);
    expect(htmlPaths('embed/trainer/index.html', '/course')).toEqual(['/course/embed/trainer/', '/course/embed/trainer/index.html']);
    expect(htmlPaths('404.html', '/course')).toEqual(['/course/404.html']);
    expect(() => htmlPaths('/abs/index.html', '')).toThrow(/relative/);
  });

  test('_headers and the nginx map hold each path with its policy, under the base path', () => {
    const rule = pageHeaders('embed/trainer/index.html', fixture, '/course');
    const headers = renderHeaders([rule], '/course');
    expect(headers).toContain(`/course/embed/trainer/\n  Content-Security-Policy: ${rule.csp}\n  Cache-Control: no-cache\n`);
    // Once per page, by its pretty path (Cloudflare Pages reads at most 100 rules).
    expect(headers).not.toContain("/course/embed/trainer/index.html");
    expect(headers).toContain('/course/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(headers).toMatch(/^\/course\/\*\n {2}X-Content-Type-Options: nosniff$/m);
    const map = renderNginxMap([rule], policy());
    expect(map).toContain(`    "/course/embed/trainer/index.html" "${rule.csp}";`);
    expect(map).toContain(`    default "${policy()}";`);
  });
});

describe('scripts/headers.mjs on an export folder', () => {
  /**
   * A tiny export: one page, one embed page, and (unless told) Turbopack's worker bootstrap and the
   * islands bundle's code-cell worker (scripts/islands.mjs).
   */
  function exportDir({ bootstrap = true, cellWorker = true } = {}) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-test-'));
    fs.mkdirSync(path.join(dir, 'embed/trainer'), { recursive: true });
    fs.mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
    fs.mkdirSync(path.join(dir, '_next/static/islands/assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), fixture);
    fs.writeFileSync(path.join(dir, 'embed/trainer/index.html'), fixture.replace('push([0])', 'push([2])'));
    if (bootstrap) fs.writeFileSync(path.join(dir, '_next/static/chunks/turbopack-worker-abc123.js'), 'importScripts()');
    if (cellWorker) fs.writeFileSync(path.join(dir, '_next/static/islands/assets/cell.worker-Xy9.js'), 'export {}');
    fs.writeFileSync(path.join(dir, '_next/static/islands/assets/trainer.worker-Xy9.js'), 'export {}');
    return dir;
  }
  const run = (dir: string, basePath = '') => spawnSync(process.execPath, ['scripts/headers.mjs'], { encoding: 'utf8', env: { ...process.env, EXPORT_DIR: dir, BASE_PATH: basePath } });

  test('writes _headers and nginx-csp.conf with each page’s own hashes, under the base path', () => {
    const dir = exportDir();
    try {
      const result = run(dir, '/course');
      expect(result.status, result.stderr).toBe(0);
      const map = fs.readFileSync(path.join(dir, 'nginx-csp.conf'), 'utf8');
      const home = new RegExp(`"/course/" "([^"]+)"`).exec(map)?.[1] ?? '';
      const embed = new RegExp(`"/course/embed/trainer/" "([^"]+)"`).exec(map)?.[1] ?? '';
      expect(home).toContain(nodeHash('(self.__next_f=self.__next_f||[]).push([0])'));
      expect(embed).toContain(nodeHash('(self.__next_f=self.__next_f||[]).push([2])'));
      expect(embed).not.toContain(nodeHash('(self.__next_f=self.__next_f||[]).push([0])'));
      expect(map).toMatch(/"\/course\/_next\/static\/chunks\/turbopack-worker-abc123\.js" "[^"]*'unsafe-eval'/);
      // The code cell's worker as the chapters load it (Vite's) too, and no other worker.
      expect(map).toMatch(/"\/course\/_next\/static\/islands\/assets\/cell\.worker-Xy9\.js" "[^"]*'unsafe-eval'/);
      expect(map).not.toContain('trainer.worker');
      const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
      expect(headers).toContain(`/course/embed/trainer/\n  Content-Security-Policy: ${embed}\n`);
      // The service worker (docs/offline.md): revalidated on every visit, under the base path.
      expect(headers).toMatch(/\n\/course\/sw\.js\n  Content-Security-Policy: [^\n]+\n  Cache-Control: no-cache\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an export without the worker bootstrap or the cell worker, a missing folder and a bad base path each stop with a message', () => {
    for (const [what, message] of [[{ bootstrap: false }, /^headers: no worker bootstrap/], [{ cellWorker: false }, /^headers: expected one code-cell worker/]] as const) {
      const dir = exportDir(what);
      try {
        const result = run(dir);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(message);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(run(path.join(os.tmpdir(), 'no-such-export-folder')).stderr).toMatch(/^headers: .*is missing/);
    expect(run('out', 'course').stderr).toMatch(/^headers: BASE_PATH must look like \/course/);
  });
});
