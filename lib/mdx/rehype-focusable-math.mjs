// @ts-check
/**
 * Makes every display formula keyboard-focusable (tabindex="0"). A wide formula scrolls sideways on
 * a phone, and a scrolling region must be reachable from the keyboard; focus also lets a screen
 * reader land on the formula and read its MathML (the practice of MathJax's explorer). Doing it at
 * build time keeps it true without JavaScript and costs the page no measurements.
 */

/**
 * @param {any} node
 * @param {(node: any) => void} fn
 */
function walk(node, fn) {
  fn(node);
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, fn);
}

/** @returns {(tree: any) => void} */
export default function rehypeFocusableMath() {
  return (tree) => {
    walk(tree, (node) => {
      if (node.type !== 'element') return;
      const className = node.properties?.className;
      const classes = Array.isArray(className) ? className : String(className ?? '').split(' ');
      if (classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
