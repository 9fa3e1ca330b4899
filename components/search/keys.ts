import type { KeyboardEvent } from 'react';

/** Moves focus among the result links (and back to the box above the first). */
export function moveFocus(list: HTMLElement | null, input: HTMLInputElement | null, step: 1 | -1 | 'first' | 'last') {
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a.search-result') ?? [])];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = step === 'first' ? 0 : step === 'last' ? links.length - 1 : at + step;
  if (next < 0) input?.focus();
  else links[Math.min(next, links.length - 1)].focus();
}

/** Keys on a results list: ↓/↑ move, Home/End jump, Esc calls `onEscape` (Enter follows the focused link by itself). */
export function resultKeys(e: KeyboardEvent<HTMLElement>, list: HTMLElement | null, input: HTMLInputElement | null, onEscape?: () => void) {
  const step = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' } as const;
  if (e.key in step) {
    e.preventDefault();
    moveFocus(list, input, step[e.key as keyof typeof step]);
  } else if (e.key === 'Escape' && onEscape) {
    e.preventDefault();
    onEscape();
  }
}
