/**
 * The chrome's icons, as inline SVG: no icon font, no emoji or rare glyph that a system may lack
 * (a "⏸" drew an empty box on one). Decorative: the control beside or around each one names it.
 */
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const SunIcon = () => (
  <svg {...common} className="icon">
    <circle cx="12" cy="12" r="4.5" />
    <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
  </svg>
);

export const MoonIcon = () => (
  <svg {...common} className="icon">
    <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z" />
  </svg>
);

export const ContentsIcon = () => (
  <svg {...common} className="icon">
    <path d="M8 6h13M8 12h13M8 18h13M3.5 6h.01M3.5 12h.01M3.5 18h.01" />
  </svg>
);

export const ArrowUpIcon = () => (
  <svg {...common} className="icon">
    <path d="M12 20V5M5 12l7-7 7 7" />
  </svg>
);
