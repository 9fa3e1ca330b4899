// @ts-check
/**
 * Makes every display formula keyboard-focusable (tabindex="0"). A wide formula scrolls sideways on
 * a phone, and a scrolling region must be reachable from the keyboard; focus also lets a screen
 * reader land on the formula and read its MathML (the practice of MathJax's explorer). Doing it at
 * build time keeps it true without JavaScript and costs the page no measurements.
 */
import { visit } from 'unist-util-visit';

/** @returns {(tree: any) => void} */
export default function rehypeFocusableMath() {
  return (tree) => {
    visit(tree, 'element', (/** @type {any} */ node) => {
      const className = node.properties?.className;
      const classes = Array.isArray(className) ? className : String(className ?? '').split(' ');
      if (classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
