/**
 * zod, set up for the book's Content-Security-Policy (lib/deploy/headers.mjs, no 'unsafe-eval'):
 * without `jitless`, zod probes `Function("")` on its first object parse to decide whether to
 * compile its parsers, and under the policy that probe is reported as a violation on every page
 * that loads a model or the tokenizer. Interpreted parsing is what it falls back to anyway.
 * Import z from here, not from 'zod' (eslint.config.mjs enforces it).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
