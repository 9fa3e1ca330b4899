import { indexPayload } from '@/lib/search/build';

/**
 * /search-index.json: the search documents (lib/search/build.ts), written once at build time into
 * out/ (and out-basepath/). The search worker fetches it on the reader's first focus or keystroke
 * in a search box and builds the index from it.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json(indexPayload());
}
