/**
 * The run bar's icons as inline SVG (a font may lack ▶ ⏸ ↺, and emoji differ between systems).
 * They take the text's colour and size and are hidden from screen readers: the button's text names it.
 */
const svg = { width: '1em', height: '1em', viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false, style: { display: 'inline-block', verticalAlign: '-0.125em' } } as const;

export const PlayIcon = () => (
  <svg {...svg}>
    <path d="M4 2.5v11l9.5-5.5z" fill="currentColor" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...svg}>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
  </svg>
);

/** One step forward (or back, mirrored). */
export const StepIcon = ({ back = false }: { back?: boolean }) => (
  <svg {...svg}>
    <path d={back ? 'M12 2.5v11L4.5 8zM2.5 2.5h2v11h-2z' : 'M4 2.5v11L11.5 8zM11.5 2.5h2v11h-2z'} fill="currentColor" />
  </svg>
);

export const ResetIcon = () => (
  <svg {...svg}>
    <path d="M3.2 8a4.8 4.8 0 1 0 1.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    <path d="M2.2 1.8v4.4h4.4z" fill="currentColor" />
  </svg>
);
