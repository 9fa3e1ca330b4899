#!/usr/bin/env node
// Serves an exported book with Debian's nginx and the shipped deploy/nginx.conf, for the `nginx`
// Playwright project (playwright.config.ts; tests/deploy/):
//   node scripts/nginx-test.mjs --dir out --port 3104 [--base /course]
// Writes a throw-away nginx prefix, <tmp>/book-nginx-<port>/ (config, pid, logs, temp paths), with
// deploy/nginx.conf's server block as shipped except the lines a host changes anyway (listen on
// 127.0.0.1:PORT, root, the build's nginx-csp.conf, and the 404 page under a base path), then runs
// nginx in the foreground (`daemon off`), so that whoever started this stops nginx by stopping it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeBase } from '../lib/base-path.mjs';
import { parseArgs } from './cli.mjs';

function fail(message) {
  console.error(`nginx-test: ${message}`);
  process.exit(1);
}

const args = parseArgs();
const dir = path.resolve(args.dir ?? 'out');
const port = Number(args.port ?? 3104);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a port number (got "${args.port}")`);
let base = '';
try {
  base = normalizeBase(args.base ?? '', '--base');
} catch (error) {
  fail(error.message);
}
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || '');
if (!nginx) fail('nginx is not installed (Debian: apt-get install nginx); the nginx Playwright project needs it');
if (!fs.existsSync(path.join(dir, 'nginx-csp.conf'))) fail(`${dir}/nginx-csp.conf is missing: build first (npm run build writes it, scripts/headers.mjs)`);

/** Replaces one exact piece of the shipped config, or stops: a silent miss would test another config. */
function swap(text, from, to) {
  if (!text.includes(from)) fail(`deploy/nginx.conf no longer contains "${from}"; update scripts/nginx-test.mjs`);
  return text.replace(from, to);
}

// One prefix per port, emptied at each start: Playwright may stop this script with SIGKILL, which
// leaves no chance to delete it on the way out.
const prefix = path.join(os.tmpdir(), `book-nginx-${port}`);
fs.rmSync(prefix, { recursive: true, force: true });
fs.mkdirSync(prefix);
// The web root holds the book at the base path: <prefix>/www/course → the export folder.
const www = path.join(prefix, 'www');
fs.mkdirSync(path.dirname(path.join(www, base || '.')), { recursive: true });
if (base) fs.symlinkSync(dir, path.join(www, base));

let server = fs.readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
server = swap(server, 'include /srv/www/nginx-csp.conf;', `include ${path.join(dir, 'nginx-csp.conf')};`);
server = swap(server, '    listen 80;\n    listen [::]:80;\n', `    listen 127.0.0.1:${port};\n`);
server = swap(server, 'root /srv/www;', `root ${base ? www : dir};`);
if (base) server = swap(server, 'error_page 404 /404.html;', `error_page 404 ${base}/404.html;`);

const temp = (name) => `${name}_temp_path ${path.join(prefix, name)};`;
const config = `# Written by scripts/nginx-test.mjs for one test run.
${process.getuid?.() === 0 ? 'user root;  # the workers must read the checkout' : ''}
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${server}
}
`;
const conf = path.join(prefix, 'nginx.conf');
fs.writeFileSync(conf, config);

const check = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { encoding: 'utf8' });
if (check.status !== 0) fail(`the config does not load:\n${check.stderr}\n(config: ${conf})`);

console.log(`nginx-test: ${dir} at http://127.0.0.1:${port}${base}/ (prefix ${prefix})`);
const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
child.on('exit', (code, signal) => {
  fs.rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
