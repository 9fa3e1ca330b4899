/**
 * A Node module-resolution hook for the scripts that import tfjs-core's ES modules directly (the
 * training scripts). Those files use extensionless and directory imports (`./gradients`), which
 * bundlers and vitest accept but plain Node refuses; this retries such a specifier with `.js` and
 * `/index.js`. Loaded with `node --import ./scripts/node/register.mjs` (tsx passes it through).
 */
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    if (!relative || !['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error?.code)) throw error;
    for (const suffix of ['.js', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch {
        // try the next form
      }
    }
    throw error;
  }
}
