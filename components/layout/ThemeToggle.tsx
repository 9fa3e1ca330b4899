'use client';

import { useSyncExternalStore } from 'react';

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

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  window.addEventListener(THEME_EVENT, onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(THEME_EVENT, onChange);
  };
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
 * Follows the system colour scheme until the reader presses it; then it flips the theme and
 * remembers the choice. Choosing the system's own theme again forgets the override.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  return (
    <button type="button" className="theme-toggle" onClick={toggleTheme} aria-pressed={theme === 'dark'}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="theme-toggle-label">深色模式</span>
    </button>
  );
}
