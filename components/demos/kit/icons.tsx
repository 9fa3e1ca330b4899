import './icons.css';

/**
 * The demos' icons, as inline SVG drawn in the text's colour: a glyph such as ⏸ or ✓ shows as an
 * empty box on a system whose fonts lack it, and emoji differ between systems. Decorative: the
 * button or label beside each one says what it means, so they are hidden from screen readers.
 */
const PATHS = {
  play: <path d="M4 2.5v11l9-5.5z" fill="currentColor" />,
  pause: <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" />,
  stop: <rect x="3.5" y="3.5" width="9" height="9" rx="1" fill="currentColor" />,
  step: <path d="M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z" fill="currentColor" />,
  back: <path d="M13 2.5v11L6 8zM2.5 2.5H5v11H2.5z" fill="currentColor" />,
  reset: (
    <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3.5 8a4.5 4.5 0 1 0 1.4-3.3" />
      <path d="M4.2 1.8v3.2h3.2" />
    </g>
  ),
  check: <path d="M3 8.5l3.2 3.2L13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  arrowLeft: <path d="M13 8H3.5M7.5 4 3.5 8l4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />,
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="demo-icon" width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
