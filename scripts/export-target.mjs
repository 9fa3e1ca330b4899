// What the postbuild scripts (islands, headers, service-worker) share: the export folder (out/, or
// EXPORT_DIR as next.config.mjs reads it), the build's base path (BASE_PATH) and how they fail.
import fs from 'node:fs';
import path from 'node:path';
import { normalizeBase } from '../lib/base-path.mjs';

/** `{ dir, base, fail }` for the script `name`; exits with a message if the export is missing. */
export function exportTarget(name) {
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  const dir = (process.env.EXPORT_DIR ?? '').trim() || 'out';
  let base = '';
  try {
    base = normalizeBase(process.env.BASE_PATH ?? '');
  } catch (error) {
    fail(error.message);
  }
  if (!fs.existsSync(path.join(dir, 'index.html'))) fail(`${dir}/index.html is missing: run \`npm run build\` first`);
  return { dir, base, fail };
}
