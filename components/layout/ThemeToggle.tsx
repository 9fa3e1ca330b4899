'use client';

import { MoonIcon, SunIcon } from './Icons';

type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const THEME_EVENT = 'book-theme-change';

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  return set === 'dark' || set === 'light' ? set : systemTheme();
}

function toggleTheme() {
  const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
  const followsSystem = next === systemTheme();
  try {
    if (followsSystem) localStorage.removeItem('theme');
    else localStorage.setItem('theme', next);
  } catch {
    /* storage may be blocked; the toggle still works for this page */
  }
  if (followsSystem) delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = next;
  window.dispatchEvent(new Event(THEME_EVENT));
}

/**
 * Says what it will do, with the matching icon: 「深色模式」 and a moon while the page is light,
 * 「浅色模式」 and a sun while it is dark. Both faces are in the HTML and CSS shows the one that fits
 * the theme in force (a stored choice, else the system's), so the right one is there from the first
 * paint, without JavaScript and without a shift when the page hydrates. Follows the system until
 * pressed; then it flips the theme and remembers the choice, and choosing the system's own theme
 * again forgets the override.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle" onClick={toggleTheme}>
      <span className="theme-when-light">
        <MoonIcon />
        <span className="theme-toggle-label">深色模式</span>
      </span>
      <span className="theme-when-dark">
        <SunIcon />
        <span className="theme-toggle-label">浅色模式</span>
      </span>
    </button>
  );
}
