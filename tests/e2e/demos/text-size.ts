import type { Locator } from '@playwright/test';

/**
 * The rendered font size of every visible text node under `root` (CSS px, SVG text scaled by its
 * viewBox), smallest first, as "size: text" for a readable failure. Screen-reader-only text
 * (.visually-hidden) and text in closed or hidden parts are left out.
 */
export function smallestTexts(root: Locator, below: number): Promise<string[]> {
  return root.evaluate((el, limit) => {
    const out: [number, string][] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const p = n.parentElement;
      if (!text || !p || p.closest('.visually-hidden')) continue;
      const box = p.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !p.checkVisibility({ visibilityProperty: true })) continue;
      let size = parseFloat(getComputedStyle(p).fontSize);
      const svg = p.closest('svg');
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size < limit) out.push([size, text.slice(0, 24)]);
    }
    return out.sort((a, b) => a[0] - b[0]).map(([s, t]) => `${s.toFixed(1)} px: ${t}`);
  }, below);
}
