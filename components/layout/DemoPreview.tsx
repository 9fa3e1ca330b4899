import type { ReactNode } from 'react';

/** A code cell: an editor with line numbers (chapter 8's cell and chapters 3–5's). */
const CODE_CELL = (
  <>
    <rect x="10" y="8" width="100" height="52" rx="3" className="pv-soft" />
    {[[38, 0], [52, 8], [30, 8], [60, 0], [44, 8]].map(([w, indent], i) => (
      <rect key={i} x={24 + indent} y={14 + i * 9} width={w} height="4" className={i === 3 ? 'pv-accent' : 'pv-cell'} />
    ))}
    {[0, 1, 2, 3, 4].map((i) => (
      <rect key={i} x="14" y={14 + i * 9} width="4" height="4" className="pv-line" />
    ))}
  </>
);

/**
 * A small static drawing of each live demo for the home page's list: a hint of what it shows, drawn
 * inline (no image request, no script). A demo without a drawing here gets a neutral one; the list
 * itself comes from lib/demos/registry.ts, so no demo is ever missing from it.
 */
const DRAWINGS: Record<string, ReactNode> = {
  'gd-explorer': (
    <>
      {[34, 26, 18, 10].map((r) => (
        <ellipse key={r} cx="62" cy="34" rx={r * 1.5} ry={r} className="pv-line" />
      ))}
      <polyline points="12,8 30,14 44,22 54,28 60,32 62,34" className="pv-accent" />
      <circle cx="62" cy="34" r="2.5" className="pv-fill" />
    </>
  ),
  'chain-rule': (
    <>
      <path d="M18 18 L58 18 M18 18 L58 50 M18 50 L58 18 M18 50 L58 50 M58 18 L100 34 M58 50 L100 34" className="pv-line" />
      <path d="M100 34 L58 18 L18 18" className="pv-accent" />
      {[
        [18, 18],
        [18, 50],
        [58, 18],
        [58, 50],
        [100, 34],
      ].map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r="7" className="pv-node" />
      ))}
    </>
  ),
  trainer: (
    <>
      <rect x="10" y="4" width="100" height="60" className="pv-soft" />
      <circle cx="60" cy="34" r="18" className="pv-accent" />
      {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
        <circle key={i} cx={60 + 9 * Math.cos(i * 0.8)} cy={34 + 9 * Math.sin(i * 0.8)} r="2.2" className="pv-fill" />
      ))}
      {[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (
        <circle key={`o${i}`} cx={60 + 26 * Math.cos(i * 0.63)} cy={34 + 24 * Math.sin(i * 0.63)} r="2.2" className="pv-dot" />
      ))}
    </>
  ),
  attention: (
    <>
      {[0, 1, 2, 3, 4].flatMap((i) =>
        [0, 1, 2, 3, 4].map((j) => (
          <rect key={`${i}-${j}`} x={35 + j * 10} y={9 + i * 10} width="9" height="9" className="pv-cell" style={{ opacity: j > i ? 0.08 : 0.25 + (0.75 * (j + 1)) / (i + 1) / 1.6 }} />
        )),
      )}
    </>
  ),
  'attention-masks': (
    <>
      {[0, 1, 2, 3].flatMap((i) =>
        [0, 1, 2, 3].map((j) => (
          <rect key={`g${i}-${j}`} x={14 + j * 10} y={14 + i * 10} width="9" height="9" className="pv-cell" style={{ opacity: j > i ? 0.06 : 0.9 - 0.15 * (i - j) }} />
        )),
      )}
      {[0, 1, 2, 3].flatMap((i) =>
        [0, 1, 2, 3].map((j) => (
          <rect key={`b${i}-${j}`} x={66 + j * 10} y={14 + i * 10} width="9" height="9" className="pv-cell" style={{ opacity: 0.3 + 0.15 * ((i + j) % 4) }} />
        )),
      )}
    </>
  ),
  'mini-gpt': (
    <>
      {['梯', '度', '下', '降'].map((ch, i) => (
        <text key={ch} x={14 + i * 16} y="26" className="pv-text">
          {ch}
        </text>
      ))}
      <rect x="78" y="12" width="14" height="18" className="pv-cursor" />
      {[40, 28, 18, 12, 8].map((w, i) => (
        <rect key={i} x="14" y={38 + i * 5} width={w * 2} height="3.5" className="pv-cell" />
      ))}
    </>
  ),
  'gpt-train': (
    <>
      <path d="M12 6 V60 H110" className="pv-line" />
      <path d="M14 10 C 26 40, 40 48, 60 52 S 96 56, 108 56" className="pv-accent" />
      <path d="M14 12 C 28 42, 42 50, 62 53 S 96 55, 108 54" className="pv-line" strokeDasharray="3 3" />
    </>
  ),
  'mini-bert': (
    <>
      {['反', '向', '？', '播'].map((ch, i) => (
        <text key={i} x={18 + i * 22} y="30" className={ch === '？' ? 'pv-text pv-mask' : 'pv-text'}>
          {ch}
        </text>
      ))}
      <rect x="59" y="14" width="20" height="22" className="pv-cursor" />
      {[44, 20, 10].map((w, i) => (
        <rect key={i} x="30" y={44 + i * 7} width={w * 1.4} height="5" className="pv-cell" />
      ))}
    </>
  ),
  'compute-budget': (
    <>
      <path d="M12 6 V60 H110" className="pv-line" />
      {[0, 1, 2].map((i) => (
        <path key={i} d={`M${16 + i * 8} ${10 + i * 10} Q ${40 + i * 18} ${60 - i * 6}, ${104} ${14 + i * 12}`} className={i === 1 ? 'pv-accent' : 'pv-line'} />
      ))}
      <circle cx="56" cy="42" r="3" className="pv-fill" />
    </>
  ),
  'code-cell': CODE_CELL,
  'code-gd': CODE_CELL,
  'code-backprop': CODE_CELL,
  'code-attention': CODE_CELL,
  'model-size': (
    <>
      <rect x="10" y="14" width="18" height="14" className="pv-cell" style={{ opacity: 0.5 }} />
      <rect x="28" y="14" width="30" height="14" className="pv-cell" />
      <rect x="58" y="14" width="46" height="14" className="pv-accent" />
      {[70, 52, 40, 28].map((w, i) => (
        <rect key={i} x="10" y={36 + i * 7} width={w} height="4" className="pv-cell" />
      ))}
    </>
  ),
  'train-memory': (
    <>
      {[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => (
        <rect key={i} x={14 + (i % 6) * 16} y={14 + Math.floor(i / 6) * 18} width="12" height="12" className={i < 10 ? 'pv-cell' : 'pv-line'} />
      ))}
      <rect x="14" y="52" width="92" height="6" className="pv-accent" />
    </>
  ),
  tokenizer: (
    <>
      {[
        [10, 10, 30],
        [42, 10, 22],
        [66, 10, 44],
        [10, 30, 18],
        [30, 30, 40],
        [72, 30, 38],
      ].map(([x, y, w], i) => (
        <rect key={i} x={x} y={y} width={w} height="14" rx="2" className={i % 2 ? 'pv-soft' : 'pv-cell'} />
      ))}
      {[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (
        <rect key={`b${i}`} x={10 + i * 10.2} y="52" width="8.5" height="8" className="pv-line" />
      ))}
    </>
  ),
  scaling: (
    <>
      <path d="M12 6 V60 H110" className="pv-line" />
      <path d="M18 14 L104 50" className="pv-accent" />
      {[
        [22, 18],
        [36, 22],
        [50, 30],
        [64, 33],
        [78, 40],
        [92, 45],
      ].map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r="3" className="pv-fill" />
      ))}
    </>
  ),
};

const FALLBACK = <rect x="20" y="12" width="80" height="44" rx="6" className="pv-soft" />;

export function DemoPreview({ name }: { name: string }) {
  return (
    <svg className="demo-preview" viewBox="0 0 120 68" width="120" height="68" aria-hidden="true" focusable="false">
      {DRAWINGS[name] ?? FALLBACK}
    </svg>
  );
}
