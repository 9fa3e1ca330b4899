import type { z } from '@/lib/zod';

/** A zod error as the build prints it: one "  - path: message" line per problem. */
export function formatProblems(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n');
}
