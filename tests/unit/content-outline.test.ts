/**
 * What the content loader reads from the real chapters — every heading (depth, plain title, id) and
 * every 勘误 note with the section it sits under — recorded in a fixture. The contents sidebar, the
 * short links and /errata/ are built from exactly this, so a change to how the loader parses MDX must
 * leave it identical. After an intended edit of content/, review the diff and update the fixture with
 * `npx vitest run tests/unit/content-outline.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { loadBook } from '@/lib/content/loader';

describe('the outline of content/', () => {
  it('headings and 勘误 notes, chapter by chapter, are the recorded ones', async () => {
    const outline = loadBook().map((c) => ({ slug: c.slug, headings: c.headings, errata: c.errata }));
    expect(outline.flatMap((c) => c.headings).length).toBeGreaterThan(100);
    expect(outline.flatMap((c) => c.errata).length).toBeGreaterThanOrEqual(8);
    await expect(JSON.stringify(outline, null, 2) + '\n').toMatchFileSnapshot('./fixtures/content-outline.json');
  });
});
