#!/usr/bin/env node
// Runs shell commands at the same time and fails if any of them fails:
//   node scripts/run-parallel.mjs 'npm run train:gpt -- --verify' 'npm run train:bert -- --verify'
// Each command's output is printed as one block when it ends (not interleaved), with its time.
// Used by `npm run test:models`: each verification trains on one thread (tfjs wasm in Node), so on
// a machine with two cores the two take the time of one.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <command> [<command> …]');
  process.exit(2);
}

function run(command) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (e) => chunks.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n── ${command}: ${status} in ${seconds} s\n${Buffer.concat(chunks).toString()}`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(commands.map(run));
const failed = commands.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\nrun-parallel: failed: ${failed.join(' | ')}`);
  process.exit(1);
}
