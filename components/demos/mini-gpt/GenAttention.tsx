'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { NumbersTable, Select } from '@/components/demos/kit/controls';
import type { TokenStep } from '@/lib/models/gpt';
import { formatExact, heatColor } from '@/lib/demos/attention/format';
import { spokenToken, visibleToken } from '@/lib/demos/mini-gpt/params';
import s from './gen.module.css';

const options = (count: number, label: (i: number) => string) => Array.from({ length: count }, (_, i) => ({ value: String(i), label: label(i + 1) }));

/**
 * Where the model looked when it produced one token: the newest position's attention weights over
 * the context window, for the chosen layer and head, as a row of cells (colour scaled to the row's
 * largest weight; hover, or focus and arrow keys, for the exact value), and every layer and head in
 * a numbers table (`withTable`; left out while generating, when it would be rebuilt for every token).
 */
export function GenAttention({ step, withTable }: { step: TokenStep; withTable: boolean }) {
  const maps = step.attention;
  const [layer, setLayer] = useState(0);
  const [head, setHead] = useState(0);
  const [active, setActive] = useState(-1);
  const [shown, setShown] = useState<number | null>(null);
  const rowRef = useRef<HTMLOListElement>(null);
  if (!maps || maps.length === 0) return null;

  const L = Math.min(layer, maps.length - 1);
  const H = Math.min(head, maps[L].length - 1);
  const row = maps[L][H];
  const context = step.context;
  const n = row.length;
  const max = row.reduce((m, v) => Math.max(m, v), 1e-9);
  const focusAt = Math.min(active < 0 ? n - 1 : active, n - 1);
  const name = (i: number) => `第 ${i + 1} 个位置 ${spokenToken(context[i])}`;

  const onKeyDown = (e: KeyboardEvent) => {
    const to = { ArrowLeft: focusAt - 1, ArrowRight: focusAt + 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const i = Math.min(n - 1, Math.max(0, to));
    rowRef.current?.querySelector<HTMLElement>(`[data-pos="${i}"]`)?.focus();
  };

  return (
    <section className={s.attention} aria-label="注意力">
      <div className={s.attentionPickers}>
        <Select label="层" value={String(L)} options={options(maps.length, (i) => `第 ${i} 层`)} onChange={(v) => setLayer(Number(v))} />
        <Select label="头" value={String(H)} options={options(maps[L].length, (i) => `头 ${i}`)} onChange={(v) => setHead(Number(v))} />
      </div>
      <p className={s.help}>
        生成{spokenToken(step.token)}时，最后一个位置（{spokenToken(context[n - 1])}）在第 {L + 1} 层、头 {H + 1} 对前文 {n} 个字符的注意力权重（这一行之和为 1；颜色按本行最大值 {formatExact(max)} 缩放）：
      </p>
      <ol ref={rowRef} className={s.attentionRow} aria-label={`第 ${L + 1} 层头 ${H + 1} 的注意力权重`} onKeyDown={onKeyDown} onMouseLeave={() => setShown(null)}>
        {Array.from(row, (w, i) => (
          <li
            key={i}
            data-pos={i}
            data-weight={w}
            tabIndex={i === focusAt ? 0 : -1}
            aria-label={`${name(i)}：${formatExact(w)}`}
            className={s.attentionCell}
            onFocus={() => (setActive(i), setShown(i))}
            onMouseEnter={() => setShown(i)}
          >
            <span aria-hidden="true">{visibleToken(context[i])}</span>
            <span className={s.swatch} style={{ background: heatColor(w, 'signed', max) }} />
          </li>
        ))}
      </ol>
      <p className={s.readout} aria-hidden="true">
        {shown !== null && shown < n ? `${name(shown)}：权重 ${formatExact(row[shown])}` : '悬停或用方向键查看每个位置的精确权重。'}
      </p>
      {withTable ? (
        <NumbersTable
          caption="每一层、每个头的注意力权重"
          head={['层 / 头', ...context.map((t, i) => `${i + 1} ${visibleToken(t)}`)]}
          rows={maps.flatMap((heads, l) => heads.map((r, h) => [`第 ${l + 1} 层 头 ${h + 1}`, ...Array.from(r)]))}
        />
      ) : null}
    </section>
  );
}
