import { expect, test } from '@playwright/test';
import { chapters, sections, watchErrors } from './book';

test.describe('chapters', () => {
  for (const c of chapters) {
    test(`${c.slug} loads without errors and has its ids`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${c.slug}/`);
      await expect(page.locator('h1')).toHaveText(c.title);
      for (const h of c.headings) await expect(page.locator(`#${h.id}`), h.id).toHaveCount(1);
      // Every heading id is unique on the page, and each heading links to itself.
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const h of c.headings) await expect(page.locator(`#${h.id} a.heading-anchor`)).toHaveAttribute('href', `#${h.id}`);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('every document section id is on the page of its chapter', async ({ page }) => {
    // One visit per chapter, not one per section: the same check, with half the page loads.
    const bySlug = new Map<string, (typeof sections)[number][]>();
    for (const s of sections) {
      const chapter = chapters.find((c) => c.headings.some((h) => h.id === s.id));
      expect(chapter, s.id).toBeDefined();
      bySlug.set(chapter!.slug, [...(bySlug.get(chapter!.slug) ?? []), s]);
    }
    for (const [slug, own] of bySlug) {
      await page.goto(`/${slug}/`);
      for (const s of own) await expect(page.locator(`#${s.id}`)).toContainText(s.number.replace(/^Q/, 'Q'));
    }
  });

  test('prev/next links walk the whole book in order', async ({ page }) => {
    await page.goto(`/${chapters[0].slug}/`);
    for (let i = 1; i < chapters.length; i++) {
      await page.locator('a[rel="next"]').click();
      // Leaving a chapter whose demo has just mounted takes ~3 s on this machine (measured the same
      // before and after the demo framework); under CI's load that passed the default 5 s.
      await expect(page).toHaveURL(new RegExp(`/${chapters[i].slug}/$`), { timeout: 20_000 });
      await expect(page.locator('h1')).toHaveText(chapters[i].title);
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });

  test('after a jump to the end of a chapter, the next-chapter link holds still', async ({ page }) => {
    // Blocks far off screen are laid out late (content-visibility); if the last ones were, they
    // would grow under the reader's eyes and push this link away as it is tapped (it moved 700 px,
    // and a click in CI landed elsewhere).
    for (const c of chapters.slice(0, -1)) {
      await page.goto(`/${c.slug}/`);
      await page.locator('a[rel="next"]').scrollIntoViewIfNeeded();
      const tops = await page.locator('a[rel="next"]').evaluate(async (a) => {
        const seen: number[] = [];
        for (let i = 0; i < 20; i++) {
          seen.push(Math.round(a.getBoundingClientRect().top));
          await new Promise((r) => requestAnimationFrame(r));
        }
        return seen;
      });
      expect(Math.max(...tops) - Math.min(...tops), `${c.slug}: ${tops.join(' ')}`).toBeLessThanOrEqual(2);
    }
  });

  test('the formulas of the document are typeset', async ({ page }) => {
    const expectations: [string, string][] = [
      ['gradient-descent', 'sec-2-1'],
      ['backprop', 'sec-2-2'],
      ['attention', 'sec-2-3'],
    ];
    for (const [slug] of expectations) {
      await page.goto(`/${slug}/`);
      expect(await page.locator('.katex-display').count(), slug).toBeGreaterThan(0);
      await expect(page.locator('.katex-error')).toHaveCount(0);
    }
  });

  test('an unknown address gives the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这一页');
  });
});
