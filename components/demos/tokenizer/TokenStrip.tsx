import type { Strip } from '@/lib/demos/tokenizer/strips';
import t from './tokenizer.module.css';

/**
 * One way of cutting the text: each token a box (alternate boxes tinted, every box bordered, so the
 * boundaries do not rest on colour alone) with its id under it. A token whose bytes are not a whole
 * character shows 「�」 with a dashed border; a character outside the vocabulary shows [UNK].
 */
export function TokenStrip({ name, title, strip, note }: { name: string; title: string; strip: Strip; note?: string }) {
  return (
    <section className={t.strip} data-strip={name} aria-label={title}>
      <p className={t.stripTitle}>
        {title}：<strong data-count="">{strip.tokens.length}</strong> 个词元
        {note ? <span className={t.stripNote}>{note}</span> : null}
      </p>
      <ol className={t.tokens}>
        {strip.tokens.map((tok, i) => (
          <li
            key={i}
            className={`${t.token} ${i % 2 ? t.odd : t.even} ${tok.broken ? t.broken : ''} ${tok.unknown ? t.unknown : ''}`}
            title={`id ${tok.id} · 字节 ${tok.hex}`}
            data-id={tok.id}
          >
            <span className={t.label}>{tok.unknown ? '[UNK]' : tok.label}</span>
            <span className={t.id}>{tok.id}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
